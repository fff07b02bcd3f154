import { addinConfig } from './addin.config';
import type { AddinConfig, WebIconSize } from './addin.config';

/** The config with every path turned into an absolute URL for one base URL. */
export interface ResolvedAddin {
  readonly config: AddinConfig;
  /** Normalised: https, no trailing slash, no query or fragment. May include a path prefix. */
  readonly baseUrl: string;
  readonly origin: string;
  readonly taskpaneUrl: string;
  readonly supportUrl: string;
  readonly privacyUrl: string;
  readonly termsUrl: string;
  readonly iconUrls: Readonly<Record<WebIconSize, string>>;
  /** https origins, base origin first. */
  readonly appDomains: readonly string[];
  /** 4-part version for the XML manifest. */
  readonly xmlVersion: string;
}

/**
 * Rejects anything Outlook would refuse to load (non-https) up front, so a typo in
 * ADDIN_BASE_URL fails the build instead of producing a manifest that silently never loads.
 */
export function normalizeBaseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error(`Base URL ${JSON.stringify(raw)} is not an absolute URL`);
  }
  if (url.protocol !== 'https:') {
    throw new Error(
      `Base URL ${JSON.stringify(raw)} must use https: Outlook only loads add-ins over https`,
    );
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(
      `Base URL ${JSON.stringify(raw)} must not carry credentials, a query or a fragment`,
    );
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

export function baseUrlFromEnv(env: Readonly<Record<string, string | undefined>>): string {
  const fromEnv = env.ADDIN_BASE_URL?.trim();
  return normalizeBaseUrl(fromEnv ? fromEnv : addinConfig.defaultBaseUrl);
}

/** XML <Version> wants up to four numeric parts; the unified manifest wants semver. */
export function toXmlVersion(semver: string): string {
  if (!/^\d+\.\d+\.\d+$/.test(semver)) {
    throw new Error(`Version ${JSON.stringify(semver)} must be plain semver major.minor.patch`);
  }
  return `${semver}.0`;
}

export function resolveAddin(baseUrl: string, config: AddinConfig = addinConfig): ResolvedAddin {
  const base = normalizeBaseUrl(baseUrl);
  const at = (path: string): string => `${base}${path}`;
  const origin = new URL(base).origin;
  const web = config.icons.web;
  const extra = config.extraAppDomains.map((domain) => new URL(domain).origin);
  return {
    config,
    baseUrl: base,
    origin,
    taskpaneUrl: at(config.paths.taskpane),
    supportUrl: at(config.paths.support),
    privacyUrl: at(config.paths.privacy),
    termsUrl: at(config.paths.terms),
    iconUrls: {
      16: at(web[16]),
      32: at(web[32]),
      64: at(web[64]),
      80: at(web[80]),
      128: at(web[128]),
    },
    appDomains: [...new Set([origin, ...extra])],
    xmlVersion: toXmlVersion(config.version),
  };
}
