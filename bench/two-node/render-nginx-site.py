#!/usr/bin/env python3
"""Renders the nginx site of docs/deployment.md for bench/two-node.sh: the same map, upstream and location lines,
with the loopback test's differences only — the two nodes' ports, plain http on the given port (the TLS lines are
left out, and the affinity cookie loses 'Secure', which a browser would not send back over http), Host with that port
(Blazor's redirects are absolute) and no redirect server. Every change must find its line: if the document's block changes shape, this fails instead of testing
something else.

Usage: render-nginx-site.py docs/deployment.md PROXY_PORT NODE1_PORT NODE2_PORT > site.conf
"""
import re
import sys

doc, proxy_port, node1, node2 = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
text = open(doc, encoding="utf-8").read()
section = text[text.index("## nginx"):]
block = re.search(r"```nginx\n(.*?)```", section, re.S).group(1)


def replace(pattern, replacement, source, count=1):
    result, n = re.subn(pattern, replacement, source, flags=re.M)
    if n != count:
        sys.exit(f"render-nginx-site: expected {count} match(es) of {pattern!r} in docs/deployment.md, found {n}")
    return result


block = replace(r"^(\s*server )127\.0\.0\.1:5081( .*)$", rf"\g<1>127.0.0.1:{node1}\g<2>", block)
block = replace(r"^(\s*server )127\.0\.0\.1:5082( .*)$", rf"\g<1>127.0.0.1:{node2}\g<2>", block)
block = replace(r"^(\s*)listen 443 ssl http2;.*$", rf"\g<1>listen 127.0.0.1:{proxy_port};   # the test: plain http on loopback", block)
block = replace(r"^\s*ssl_[a-z_]+ .*\n", "", block, count=3)
block = replace(r"Secure; ", "", block)
# Blazor's sign-in redirects are absolute, built from Host: on a port other than 443 it must carry the port.
block = replace(r"proxy_set_header Host \$host;", "proxy_set_header Host $host:$server_port;", block)
# The last server block only redirects port 80 to https: not part of a loopback test.
block = replace(r"\nserver \{\n    listen 80;\n(?:.*\n)*?\}\n$", "\n", block)
sys.stdout.write("# Rendered by bench/two-node/render-nginx-site.py from docs/deployment.md (the reference); do not edit.\n")
sys.stdout.write(block)
