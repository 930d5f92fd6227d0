#pragma once

#include <QString>

// Where one account's downloaded files live: a tree below root() that a person can browse in a file manager.
// Relative paths use '/'. Nothing from the server is ever resolved outside root().
//
// The checks look at the disk when they are made: a link someone creates inside root() between absolutePath()
// and the write is not seen (the tree is the person's own folder, not shared with an adversary).
class FilesFolder
{
public:
    // `root` is made absolute and clean (no trailing '/').
    explicit FilesFolder(QString root);

    // <dataDir>/files-<16 hex> with the same hash of the account id Database::fileFor uses for the database
    // (Database::accountKey).
    static QString forAccount(const QString &dataDir, const QString &accountId);

    QString root() const { return m_root; }

    // Absolute path of `relative`, or a null QString when it is not inside root(): absolute paths, drive letters
    // ("C:"; any ':' is refused, also NTFS streams "a:b"), "..", ".", backslashes, NUL, empty components, or an
    // EXISTING symlink (or Windows junction) on the way whose target is outside root() (or that points nowhere).
    // An empty `relative` is root() itself. Does not create anything.
    QString absolutePath(const QString &relative) const;

    // Longest total path the tree keeps (root + '/' + relative, in UTF-16 code units as Windows counts): 259.
    static constexpr int kMaxPathLength = 259;

    // `relative` shortened so that root() + '/' + result fits kMaxPathLength: cuts the longest components first
    // (course, section, activity folder names before the file name at equal length; the file name's extension is
    // kept and does not count), each cut through LocalFileName rules; when even one-character folders cannot
    // fit, returns a null QString. Unchanged when it fits. Two siblings cut to the same name are the caller's to
    // tell apart (LocalFileName::unique on the fitted component).
    QString fitted(const QString &relative) const;

    // Deletes the file (a link itself, never its target), then its parent folders that became empty, up to
    // (never including) root(). True when the file is gone afterwards (also when it was not there); false for a
    // path outside root(), a folder, or a file that could not be deleted.
    bool removeFile(const QString &relative) const;

    // Deletes a whole relative folder tree (a course's), never following symlinks out of root(): a link is
    // removed, its target left alone. "" removes everything below root() but keeps root(). True when the tree
    // is gone (also when it was not there).
    bool removeTree(const QString &relative) const;

    // Free bytes on the disk of root() (QStorageInfo; root may not exist yet: use its nearest existing parent).
    // -1 when no disk can be found.
    qint64 freeBytes() const;

    // Bytes of the regular files under relative ("" = everything), not following symlinks. 0 when nothing is
    // there or `relative` is not inside root().
    qint64 usedBytes(const QString &relative = {}) const;

private:
    QString m_root;
};
