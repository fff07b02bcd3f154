// Addresses on these domains belong to individuals, so a shared domain says
// nothing about which client wrote. The `.example` ones are the demo's.
const publicMailDomains = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'hotmail.co.uk',
  'live.com',
  'msn.com',
  'yahoo.com',
  'yahoo.co.uk',
  'icloud.com',
  'me.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'gmx.com',
  'gmx.de',
  'web.de',
  'btinternet.com',
  'postmail.example',
  'netmail.example',
  'inbox.example',
]);

/** True when a domain is a public mail provider's rather than an organisation's. */
export function isPublicMailDomain(domain: string): boolean {
  return publicMailDomains.has(domain.toLowerCase());
}
