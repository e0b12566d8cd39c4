"""Signs in to the app as a browser does (the login form with its antiforgery token) and returns an opener that
carries the session cookie: shared by the bench's Python scripts."""
import http.cookiejar, re, sys, urllib.parse, urllib.request

def _hidden(html, name):
    m = re.search(r'name="%s"[^>]*value="([^"]*)"' % re.escape(name), html) or re.search(r'value="([^"]*)"[^>]*name="%s"' % re.escape(name), html)
    return m.group(1) if m else ""

def signed_in(base, email, password):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    form = opener.open(base + "/account/login").read().decode()
    data = urllib.parse.urlencode({"__RequestVerificationToken": _hidden(form, "__RequestVerificationToken"), "_handler": _hidden(form, "_handler"),
                                   "Form.Email": email, "Form.Password": password}).encode()
    opener.open(base + "/account/login", data).read()
    if not any(c.name == "ta.auth" for c in jar):
        sys.exit("sign-in failed for " + email)
    return opener
