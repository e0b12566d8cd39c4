"""Signs in to the app as a browser does, opens pages one at a time and counts, per page, the statements the runtime
role sent according to PostgreSQL's log (log_min_duration_statement = 0): used by bench/explain-national.sh.

usage: sql_per_navigation.py <base url> <server.log> <out.json> <e-mail> <password> <path>...
Prints per page the HTTP status, the time to the last byte, the statement count and the slowest statement; writes the
five slowest statements overall (with their logged parameters substituted) to out.json for EXPLAIN."""
import json, os, re, sys, time
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from app_session import signed_in

base, log_path, out_path, email, password, *paths = sys.argv[1:]
opener = signed_in(base, email, password)

ENTRY = re.compile(r"^\S+ \S+ \S+ \[\d+\] schema_app LOG:  duration: ([\d.]+) ms  execute [^:]*: (.*)$")
def statements(text):
    """(ms, sql with parameters substituted) of every execute the runtime role logged, but the session's set_config."""
    found, lines, i = [], text.split("\n"), 0
    while i < len(lines):
        m = ENTRY.match(lines[i])
        i += 1
        if not m: continue
        sql = [m.group(2)]
        while i < len(lines) and lines[i].startswith("\t"):
            sql.append(lines[i].strip()); i += 1
        params = {}
        if i < len(lines) and "DETAIL:  parameters:" in lines[i]:
            for k, v in re.findall(r"\$(\d+) = ('(?:[^']|'')*'|NULL)", lines[i]): params[int(k)] = v
            i += 1
        text_sql = " ".join(sql)
        if "set_config('app.area_id'" in text_sql: continue
        for k in sorted(params, reverse=True): text_sql = text_sql.replace("$%d" % k, params[k])
        found.append((float(m.group(1)), text_sql))
    return found

def log_size():
    with open(log_path, "rb") as f: return f.seek(0, 2)

results, slow = [], []
for path in paths:
    opener.open(base + path).read()  # warm-up: the first open of a page also warms the app's caches
    time.sleep(1.5)
    start = log_size()
    began = time.perf_counter()
    response = opener.open(base + path)
    response.read()
    elapsed = (time.perf_counter() - began) * 1000
    time.sleep(1.5)  # the log is written by another process
    with open(log_path, "rb") as f:
        f.seek(start); found = statements(f.read().decode(errors="replace"))
    total = sum(ms for ms, _ in found)
    top = max(found, default=(0, ""))
    results.append((path, response.status, elapsed, len(found), total, top))
    slow += [{"page": path, "ms": ms, "sql": sql} for ms, sql in found]
    print(f"{path:45} HTTP {response.status}  {elapsed:7.0f} ms  {len(found):3} statements  {total:8.1f} ms in SQL  slowest {top[0]:.1f} ms")
slow.sort(key=lambda s: -s["ms"])
json.dump({"pages": results, "slowest": slow[:6]}, open(out_path, "w"), default=str)
print("\nSlowest statements:")
for s in slow[:6]:
    print(f"  {s['ms']:8.1f} ms  {s['page']}: {s['sql'][:220]}")
