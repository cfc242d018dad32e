/** The portal's public address, for links in e-mails (PUBLIC_PORTAL_URL). */
export function publicPortalUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.PUBLIC_PORTAL_URL?.trim() || 'http://127.0.0.1:4200').replace(/\/+$/, '');
}

/** The portal page where an invited person, or one who forgot the password, sets a password. */
export function setPasswordLink(token: string, reset: boolean, env: NodeJS.ProcessEnv = process.env): string {
  return `${publicPortalUrl(env)}/atur-kata-sandi?token=${encodeURIComponent(token)}${reset ? '&reset=1' : ''}`;
}
