#!/usr/bin/env python3
"""Writes seed inputs for the fuzz targets into OUT/<target>/, from the recorded responses in
tests/data/moodle-4.5 and hand-made hostile cases. tests/fuzz/corpus/ was made from them with
`fuzz_x -merge=1 tests/fuzz/corpus/x OUT/x` (only seeds that add coverage are kept)."""
import glob
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, '..', 'data', 'moodle-4.5')
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, '..', '..', 'build', 'fuzz', 'seeds')


def write(target, data):
    if isinstance(data, str):
        data = data.encode('utf-8')
    directory = os.path.join(OUT, target)
    os.makedirs(directory, exist_ok=True)
    with open(os.path.join(directory, hashlib.sha1(data).hexdigest()), 'wb') as f:
        f.write(data)


def php_json(value):
    # json_encode's defaults: \uXXXX outside ASCII, "\/".
    return json.dumps(value, ensure_ascii=True, separators=(',', ':')).replace('/', '\\/')


fixtures = {}
for path in sorted(glob.glob(os.path.join(FIXTURES, '*', '*.json'))):
    with open(path, 'rb') as f:
        fixtures[os.path.relpath(path, FIXTURES)] = f.read()

html_fields = []
names = []


def walk(value, key=None):
    if isinstance(value, dict):
        for k, v in value.items():
            walk(v, k)
    elif isinstance(value, list):
        for v in value:
            walk(v, key)
    elif isinstance(value, str):
        if '<' in value or '&' in value:
            html_fields.append(value)
        elif key in ('fullname', 'shortname', 'firstname', 'lastname', 'name', 'email', 'gradeformatted'):
            names.append(value)


# Huge numbers, deep nesting, wrong types, truncation: the shapes a broken or hostile server sends.
HOSTILE_JSON = [
    '[{"id":1e400,"shortname":"x"},{"id":-1e400},{"id":9223372036854775808},{"id":"9.3e18"},{"id":"nan"}]',
    '[{"id":"18446744073709551616","progress":1e308,"startdate":-9223372036854775808,"visible":"maybe"}]',
    '{"statuses":[{"cmid":"2","state":"1e309","timecompleted":null},{"cmid":true},1,null,"x"]}',
    '{"usergrades":[{"userid":1e300,"gradeitems":[{"id":1,"graderaw":"1e400","grademin":-1e999}]}]}',
    '[' * 500 + ']' * 500,
    '{"a":' * 300 + '1' + '}' * 300,
    '[{"id":2,"modules":[{"id":3,"dates":[{"timestamp":"-1e20"}],"contents":[{"fileurl":"http://x/?token=abc"}]}]}]',
    '{"events":[{"id":1,"instance":-1,"timesort":1e19}],"lastid":"1e19"}',
    '{"courses":[{"id":2,"assignments":[{"id":1,"cmid":"x","grade":-3,"duedate":2e10}]}]}',
    '[{"id":1,"roles":[1,2],"groups":{"a":1},"fullname":"<b>&lt;x&gt;&#0;&#x110000;&#xD800;</b>"}]',
]

for name, body in fixtures.items():
    write('moodlejson', body)
    try:
        walk(json.loads(body))
    except ValueError:
        pass
for text in HOSTILE_JSON:
    write('moodlejson', text)

# ResponseParser: byte 0 chooses the HTTP status (0: 200, 7: 400, 8: 401, 14: 500, 16: 503, ...), byte 1 the
# endpoint (% 3: REST, token.php, AJAX) and the content type ((/ 3) % 5: JSON, HTML, none, text, binary).
for name, body in fixtures.items():
    endpoint = 1 if 'login_token' in name else 2 if 'ajax' in name else 0
    write('responseparser', bytes([0, endpoint]) + body)
for status in (7, 8, 10, 14, 15, 16, 20, 21):
    for body in (b'', b'<html><body>Site under maintenance</body></html>', b'{"exception":"x","errorcode":"invalidtoken"}',
                 b'{"data":1}', b'null', b'[{"error":false,"data":{}}]'):
        write('responseparser', bytes([status, 0]) + body)
for body in (b'true', b'42', b'"text"', b' \n', b'{"token":""}', b'{"token":"abc","privatetoken":null}',
             b'[{"error":true,"exception":{"errorcode":"servicenotavailable","message":"m"}}]', b'[]', b'[1]',
             b'{"error":"Invalid login","errorcode":"invalidlogin"}', b'{"exception":{"x":1}}',
             b'<!DOCTYPE html><title>Upgrade</title>', b'{"a":' * 200 + b'1' + b'}' * 200):
        for endpoint in (0, 1, 2, 4, 5):
            write('responseparser', bytes([0, endpoint]) + body)

# BatchEnvelope: envelopes of a few recorded answers each, PHP-escaped as Moodle sends them.
bodies = list(fixtures.values())
small = [b for b in bodies if len(b) < 4000]
for i in range(0, len(small), 4):
    responses = [{'error': False, 'data': b.decode('utf-8')} for b in small[i:i + 4]]
    write('batchenvelope', php_json({'responses': responses, 'warnings': []}))
write('batchenvelope', php_json({'responses': [{'error': True, 'exception': php_json(
    {'exception': 'moodle_exception', 'errorcode': 'nopermissions', 'message': 'No'})}], 'warnings': []}))
for text in ['{"responses":[]}', '{"responses":[{"error":false,"data":"\\ud83d\\ude00\\ud83d\\u0041\\udc00"}]}',
             '{"responses":[{"error":false,"data":"' + '\\\\' * 100 + '"}]}',
             '{"responses":[{"error":false,"data":"x"}],"warnings":' + '[' * 100 + ']' * 100 + '}',
             '{"responses":[{"error":false,"data":"x","extra":{"a":[1,-2.5e+3,true,null,"\\u00e9"]}}]}',
             '{"responses":[{"error":false,"data":"truncated', 'xyz\xff{"a":1}\xff[]']:
    write('batchenvelope', text.encode('utf-8', 'surrogateescape') if '\xff' not in text else text.encode('latin-1'))

# HtmlSanitizer: the HTML Moodle sent, and hostile markup.
HOSTILE_HTML = [
    '<script>alert(1)</script><p onclick="x()">a</p><img src=x onerror=alert(1) alt="pic">',
    '<a href="javascript:alert(1)">j</a><a href=" JaVaScRiPt:x">k</a><a href="data:text/html,<script>">d</a>',
    '<a href="https://example.org/?q=<script>&amp;x=1" onmouseover=x>ok</a><a href=mailto:x@y>m</a>',
    '<scr<script>ipt>alert(1)</script><<script>script>x</script>',
    '<svg><svg><script>x</script></svg><p>kept?</p></svg>tail',
    '<style>p{}</style <p>x<textarea></textarea><title>t',
    '<!-- unclosed comment <script>', '<!doctype html><?xml x?><p', '<p title="unclosed>text',
    '<td colspan="2" rowspan="99999" onclick=x>c</td><th colspan=1000>', '<h1>big</h1><h7>x</h7>',
    '<a href="http://x"><a href="http://y">nested</a>', '</a></a><a/>text<a>', '<img alt="&lt;script&gt;">',
    '<' * 1000, '<a ' * 500, '<div>' * 2000, '<IFRAME SRC="x"></iframe><Object data=x>',
    '<p style="background:url(javascript:x)">s</p><form action=x><input></form>',
    '&lt;script&gt; &#60;script&#62; &#x3C;', '<a href="&#106;avascript:x">e</a>',
    '<a\nhref\n=\n"http://ok"\n>n</a><a href=\'https://q\'>q</a>', '<math><mi xlink:href="javascript:x">m</mi></math>',
]
for text in html_fields:
    if len(text) < 8000:
        write('htmlsanitizer', text)
for text in HOSTILE_HTML:
    write('htmlsanitizer', text)

# CsvWriter: byte 0 chooses the byte order mark (bit 0) and the cells per row; NUL separates the cells.
CSV_CELLS = ['=HYPERLINK("http://x","y")', '+44 20 7946 0000', '-', '-3.50', '-12 %', '@SUM(A1)', '\tx', '\rx',
             'a,b', 'say "hi"', 'line\nbreak', 'crlf\r\nline', 'lone\rcr', '\x1b[2J', '\x1b]8;;http://x\x07', '\x85\x9b',
             '\x7f', 'Zoë', '课程', '😀', '', ' ', '"', '""', ',', '\r\n', '+1e5', '-HYPERLINK', '=1+2']
write('csvwriter', bytes([0]) + '\0'.join(CSV_CELLS).encode('utf-8'))
write('csvwriter', bytes([1 + 2 * 4]) + '\0'.join(CSV_CELLS).encode('utf-8'))
for i in range(0, min(len(names), 400), 40):
    write('csvwriter', bytes([(i // 40) % 16]) + '\0'.join(names[i:i + 40]).encode('utf-8'))
write('csvwriter', bytes([3]) + b'\xff\xfe\xed\xa0\x80\xc0\x80\0\xef\xbb\xbfx')
