#!/usr/bin/env python3
"""CPU per page view (issue 28): the request threads' CPU time (http-nio-*, read from /proc, so not the JIT's or the
garbage collector's) over N views of each page in a row, one at a time, after W views not measured, with the wall time
of a view beside it. Run against an instance on this machine after load-test/run.sh (its database, demo accounts and
target/load/codes.csv):

    load-test/page-cpu.py http://127.0.0.1:8081          N=400 W=100 ONLY=dashboard,course (optional)
"""
import gzip, http.cookiejar, os, re, subprocess, sys, time, urllib.parse, urllib.request

BASE = sys.argv[1] if len(sys.argv) > 1 else 'http://127.0.0.1:8081'
N = int(os.environ.get('N', '400'))
W = int(os.environ.get('W', '100'))
CODES = os.environ.get('CODES', 'target/load/codes.csv')
PID = subprocess.check_output(['pgrep', '-f', 'server.port=' + BASE.rsplit(':', 1)[1]]).split()[0].decode()
HZ = os.sysconf('SC_CLK_TCK')


def request_threads_cpu():
    total = 0
    for tid in os.listdir(f'/proc/{PID}/task'):
        try:
            stat = open(f'/proc/{PID}/task/{tid}/stat').read()
        except OSError:
            continue
        name_end = stat.rindex(')')
        if 'http-nio' in stat[:name_end]:
            fields = stat[name_end + 2:].split()
            total += int(fields[11]) + int(fields[12])
    return total / HZ


def browser():
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))


def get(who, path):
    answer = who.open(urllib.request.Request(BASE + path, headers={
        'Accept-Language': 'vi', 'Accept': 'text/html', 'Accept-Encoding': 'gzip'}))
    body = answer.read()
    return (gzip.decompress(body) if answer.headers.get('Content-Encoding') == 'gzip' else body).decode('utf-8')


def signed_in(username):
    who = browser()
    token = re.search(r'name="_csrf" value="([^"]+)"', get(who, '/login')).group(1)
    who.open(BASE + '/login', urllib.parse.urlencode(
        {'username': username, 'password': 'demo-tuyenquang', '_csrf': token}).encode()).read()
    return who


department, centre, employer = signed_in('demo.so'), signed_in('demo.truong'), signed_in('demo.dn')
course = re.search(r'href="(/training/courses/[^"?]+)"', get(centre, '/training/centres')).group(1)
vacancy = re.search(r'href="(/vacancies/[0-9a-f-]{36})"', get(employer, '/employers')).group(1)
code = open(CODES).read().split()[1]
pages = [('verify', browser(), '/verify/' + code), ('login', browser(), '/login'),
         ('dashboard', department, '/indicators'), ('centre', centre, '/training/centres'), ('course', centre, course),
         ('vacancy', employer, vacancy), ('candidates', employer, vacancy + '/candidates'),
         ('home, department', department, '/'), ('home, centre', centre, '/'), ('home, employer', employer, '/')]
only = os.environ.get('ONLY')
for name, who, path in pages:
    if only and name not in only.split(','):
        continue
    for _ in range(W):
        get(who, path)
    cpu, wall = request_threads_cpu(), time.time()
    for _ in range(N):
        get(who, path)
    print(f'{name:18s} CPU {1000 * (request_threads_cpu() - cpu) / N:6.2f} ms a view   wall {1000 * (time.time() - wall) / N:6.2f} ms',
          flush=True)
