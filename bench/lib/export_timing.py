"""Times downloads as a signed-in user fetches them (issue 17: "the committee xlsx/PDF of the largest area < 1 s"):
one warm-up, then N timed GETs of each path, each to its last byte. Prints per path the status, size and
min / median / max in ms. Used by bench/export-timing.sh.

usage: export_timing.py <base url> <e-mail> <password> <repeats> <path>..."""
import os, statistics, sys, time, urllib.error
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from app_session import signed_in

base, email, password, repeats, *paths = sys.argv[1:]
opener = signed_in(base, email, password)
print(f"{'download':<60} {'status':>6} {'bytes':>9} {'min':>8} {'median':>8} {'max':>8}")
for path in paths:
    try:
        opener.open(base + path).read()
    except urllib.error.HTTPError as refused:  # e.g. 409 when a download needs data the dataset does not have
        print(f"{path:<60} {refused.code:>6} (not timed: {refused.read().decode(errors='replace')[:120]})")
        continue
    times, size, status = [], 0, 0
    for _ in range(int(repeats)):
        began = time.perf_counter()
        response = opener.open(base + path)
        size, status = len(response.read()), response.status
        times.append((time.perf_counter() - began) * 1000)
    print(f"{path:<60} {status:>6} {size:>9} {min(times):>6.0f}ms {statistics.median(times):>6.0f}ms {max(times):>6.0f}ms")
