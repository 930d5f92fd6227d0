// Renders the app icon (one SVG, resources/icons/satchel.svg) into what each platform wants, at build time, so no
// rendered picture is kept in the repository:
//   render_icon SVG OUTDIR NAME
// writes OUTDIR/hicolor/<N>x<N>/apps/NAME.png (Linux icon theme), OUTDIR/NAME.ico (Windows executable and installer)
// and OUTDIR/NAME.iconset/ (macOS; iconutil turns it into NAME.icns).
#include <QBuffer>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

namespace {
QImage render(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter);
    return image;
}

bool save(const QImage &image, const QString &file, const char *format)
{
    if (!QDir().mkpath(QFileInfo(file).absolutePath()))
        return false;
    QImageWriter writer(file, format);
    if (writer.write(image))
        return true;
    std::fprintf(stderr, "render_icon: %s: %s\n", qPrintable(file), qPrintable(writer.errorString()));
    return false;
}
// A Windows .ico with one PNG-compressed image per size (read by Windows since Vista); Qt's ico plugin writes one
// size only, and Explorer, the taskbar and the Start menu each want their own.
bool saveIco(QSvgRenderer &svg, const QString &file)
{
    const QList<int> sizes = {16, 24, 32, 48, 64, 128, 256};
    QList<QByteArray> pngs;
    for (const int size : sizes) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (!render(svg, size).save(&buffer, "png"))
            return false;
        pngs.append(png);
    }
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "render_icon: %s: %s\n", qPrintable(file), qPrintable(out.errorString()));
        return false;
    }
    QDataStream stream(&out);
    stream.setByteOrder(QDataStream::LittleEndian);
    stream << quint16(0) << quint16(1) << quint16(sizes.size());  // reserved, type 1 = icon, count
    quint32 offset = 6 + 16 * sizes.size();
    for (int i = 0; i < sizes.size(); ++i) {
        const quint8 side = sizes.at(i) >= 256 ? 0 : quint8(sizes.at(i));  // 0 means 256
        stream << side << side << quint8(0) << quint8(0) << quint16(1) << quint16(32) << quint32(pngs.at(i).size())
               << offset;
        offset += quint32(pngs.at(i).size());
    }
    for (const QByteArray &png : pngs)
        stream.writeRawData(png.constData(), int(png.size()));
    return stream.status() == QDataStream::Ok && out.flush();
}
}  // namespace

int main(int argc, char *argv[])
{
    // QGuiApplication (not QCoreApplication) for the image format plugins; no window is ever shown.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: render_icon SVG OUTDIR NAME\n");
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "render_icon: cannot read %s\n", qPrintable(args.at(1)));
        return 1;
    }
    const QString outDir = args.at(2);
    const QString name = args.at(3);

    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
        const QString file = QStringLiteral("%1/hicolor/%2x%2/apps/%3.png").arg(outDir).arg(size).arg(name);
        if (!save(render(svg, size), file, "png"))
            return 1;
    }
    if (!saveIco(svg, QStringLiteral("%1/%2.ico").arg(outDir, name)))
        return 1;
    // The file names iconutil expects.
    for (const int size : {16, 32, 128, 256, 512}) {
        const QString base = QStringLiteral("%1/%2.iconset/icon_%3x%3").arg(outDir, name).arg(size);
        if (!save(render(svg, size), base + QStringLiteral(".png"), "png")
            || !save(render(svg, size * 2), base + QStringLiteral("@2x.png"), "png"))
            return 1;
    }
    return 0;
}
