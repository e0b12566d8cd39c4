// A real OpenID provider on loopback for the organisation sign-in browser tests: the certified `oidc-provider`
// package with one static client (the app), code flow + PKCE, Entra-like claims, a plain login form, RP-initiated
// logout and back-channel logout (a sign-out here tells the app, server to server). Test-only: accounts and
// passwords are in this file, and two accounts get a broken ID token (see brokenTokens). Never use it for anything
// but the tests.
//
// Environment (set by the test fixture): PORT (the free port to bind on 127.0.0.1), APP_ORIGIN (the app under test,
// e.g. http://127.0.0.1:5123), CLIENT_ID, CLIENT_SECRET. Prints "ready <issuer>" on stdout once it listens.
import crypto from 'node:crypto';
import http from 'node:http';
import Provider from 'oidc-provider';

const required = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};
const port = Number(required('PORT'));
const appOrigin = required('APP_ORIGIN');
const issuer = `http://127.0.0.1:${port}`;

// Entra-like accounts: oid is the stable object id, preferred_username the sign-in name.
const accounts = new Map(Object.entries({
  aino: { email: 'aino.virtanen@porvoo.example.fi', name: 'Aino Virtanen', oid: '0b6f3c1e-58a4-4d8e-9c2b-1f2a3b4c5d01' },
  viewer: { email: 'viewer.porvoo@example.fi', name: 'Ville Katselija', oid: '0b6f3c1e-58a4-4d8e-9c2b-1f2a3b4c5d02' },
  outsider: { email: 'olli.ulkopuolinen@example.org', name: 'Olli Ulkopuolinen', oid: '0b6f3c1e-58a4-4d8e-9c2b-1f2a3b4c5d03' },
  mallory: { email: 'mallory@example.org', name: 'Mallory', oid: '0b6f3c1e-58a4-4d8e-9c2b-1f2a3b4c5d04' },
  expired: { email: 'planner.porvoo@example.fi', name: 'Pekka Suunnittelija', oid: '0b6f3c1e-58a4-4d8e-9c2b-1f2a3b4c5d05' },
}));
const password = 'Organisaatio-salasana-2026';

// The provider's one signing key, generated per run; kept here so that the expired token can be signed with it.
const signingKey = { ...crypto.generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }),
  kid: 'test-signing-key', alg: 'RS256', use: 'sig' };

const provider = new Provider(issuer, {
  clients: [{
    client_id: required('CLIENT_ID'),
    client_secret: required('CLIENT_SECRET'),
    redirect_uris: [`${appOrigin}/signin-oidc`],
    post_logout_redirect_uris: [`${appOrigin}/signout-callback-oidc`],
    // A sign-out here posts a logout token (sub and sid) to the app, which ends the user's sessions there.
    backchannel_logout_uri: `${appOrigin}/signout-backchannel-oidc`,
    backchannel_logout_session_required: true,
    response_types: ['code'],
    grant_types: ['authorization_code'],
    // ASP.NET Core's handler sends the secret in the form body.
    token_endpoint_auth_method: 'client_secret_post',
  }],
  jwks: { keys: [signingKey] },
  pkce: { required: () => true },
  claims: {
    openid: ['sub'],
    email: ['email', 'email_verified'],
    profile: ['name', 'preferred_username', 'oid'],
  },
  // As Entra ID: the profile and e-mail claims are in the ID token itself (not only at the userinfo endpoint).
  conformIdTokenClaims: false,
  findAccount: async (ctx, id) => {
    const account = accounts.get(id);
    if (!account) return undefined;
    return {
      accountId: id,
      claims: async () => ({ sub: id, email: account.email, email_verified: true, preferred_username: account.email,
        name: account.name, oid: account.oid }),
    };
  },
  // The organisation has consented for its users (as an Entra admin consent): no consent screen.
  loadExistingGrant: async (ctx) => {
    const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid email profile');
    await grant.save();
    return grant;
  },
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
  features: {
    devInteractions: { enabled: false },
    backchannelLogout: { enabled: true },
    rpInitiatedLogout: {
      enabled: true,
      logoutSource: async (ctx, form) => {
        ctx.body = page('Sign out', `<h1>Sign out of the test organisation?</h1>${form}
          <button type="submit" form="op.logoutForm" name="logout" value="yes">Yes, sign me out</button>`);
      },
      postLogoutSuccessSource: async (ctx) => { ctx.body = page('Signed out', '<h1>You are signed out</h1>'); },
    },
  },
  // Test-only: the app under test is on loopback, which the package's outgoing requests refuse (its SSRF protection
  // for real deployments); the back-channel logout is let through to the app's own origin only, with a timeout for
  // two busy cores instead of the package's 2.5 s.
  fetch: (url, options) => {
    if (new URL(url).origin !== appOrigin) return globalThis.fetch(url, options);
    const { dispatcher, signal, ...rest } = options;
    return globalThis.fetch(url, { ...rest, signal: AbortSignal.timeout(30_000) });
  },
  renderError: async (ctx, out) => {
    ctx.type = 'html';
    ctx.body = page('Error', `<h1>Error</h1><pre>${escape(JSON.stringify(out))}</pre>`);
  },
  ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Interaction: 600, Session: 3600, Grant: 3600 },
});

// Test-only: the ID tokens of two accounts are broken on their way out of the token endpoint, as an attacker or a
// faulty proxy could. mallory: the payload says admin.porvoo@example.fi but the signature is the original one
// (tampered). expired: correctly signed with the provider's own key, but expired an hour ago.
const brokenTokens = {
  mallory: (token) => {
    const [header, , signature] = token.split('.');
    const claims = decode(token);
    return [header, encode({ ...claims, email: 'admin.porvoo@example.fi', preferred_username: 'admin.porvoo@example.fi' }), signature].join('.');
  },
  expired: (token) => {
    const now = Math.floor(Date.now() / 1000);
    const [header] = token.split('.');
    const body = `${header}.${encode({ ...decode(token), iat: now - 7200, exp: now - 3600 })}`;
    const key = crypto.createPrivateKey({ key: signingKey, format: 'jwk' });
    return `${body}.${crypto.sign('sha256', Buffer.from(body), key).toString('base64url')}`;
  },
};
provider.use(async (ctx, next) => {
  await next();
  if (ctx.path !== '/token' || ctx.status !== 200 || !ctx.body?.id_token) return;
  const breakToken = brokenTokens[decode(ctx.body.id_token).sub];
  if (!breakToken) return;
  ctx.body = { ...ctx.body, id_token: breakToken(ctx.body.id_token) };
  console.log(`broke the id_token of ${decode(ctx.body.id_token).sub}`);
});

// What the tests read: whether the app accepted the back-channel logout of an account.
provider.on('backchannel.success', (ctx, client, accountId) => console.log(`backchannel logout of ${accountId}: accepted`));
provider.on('backchannel.error', (ctx, error, client, accountId) => console.log(`backchannel logout of ${accountId}: failed: ${error.message}`));

// The login form: the one interaction (consent is pre-granted above).
async function interaction(req, res) {
  const details = await provider.interactionDetails(req, res);
  if (req.method === 'GET') {
    send(res, 200, page('Sign in', `<h1>Sign in to the test organisation</h1>
      <form method="post" action="/interaction/${details.uid}">
        <label for="username">Username</label> <input id="username" name="username" autocomplete="username">
        <label for="password">Password</label> <input id="password" name="password" type="password">
        <button type="submit">Sign in</button>
      </form>`));
    return;
  }
  const form = new URLSearchParams(await readBody(req));
  const accountId = [...accounts].find(([, a]) => a.email === form.get('username'))?.[0];
  if (!accountId || form.get('password') !== password) {
    send(res, 200, page('Sign in', '<h1>Wrong username or password</h1>'));
    return;
  }
  await provider.interactionFinished(req, res, { login: { accountId } }, { mergeWithLastSubmission: false });
}

const handle = provider.callback();
const server = http.createServer((req, res) => {
  if (req.url.startsWith('/interaction/')) {
    interaction(req, res).catch((error) => send(res, 500, page('Error', `<pre>${escape(String(error))}</pre>`)));
    return;
  }
  handle(req, res);
});
server.listen(port, '127.0.0.1', () => console.log(`ready ${issuer}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));

function page(title, body) {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
}
function send(res, status, html) {
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(html);
}
function readBody(req) {
  return new Promise((resolve, reject) => {
    let body = '';
    req.on('data', (chunk) => { body += chunk; });
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}
function decode(token) { return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()); }
function encode(claims) { return Buffer.from(JSON.stringify(claims)).toString('base64url'); }
function escape(text) { return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`); }
