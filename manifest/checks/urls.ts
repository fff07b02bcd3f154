import { isAbsolute, join, normalize, relative } from 'node:path';

/** Where a manifest's URLs must point, and where those files live on disk. */
export interface LinkContext {
  /** Normalised base URL every page/icon URL must live under. */
  readonly baseUrl: string;
  /** Directory served at baseUrl (dist/), used to find the icon PNGs. */
  readonly assetsRoot: string;
}

/** Problem text if `value` is not an https URL under `baseUrl`, otherwise undefined. */
export function urlProblem(where: string, value: string, baseUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `${where}: ${JSON.stringify(value)} is not an absolute URL`;
  }
  if (url.protocol !== 'https:') return `${where}: ${JSON.stringify(value)} is not https`;
  const base = new URL(baseUrl);
  if (url.origin !== base.origin)
    return `${where}: ${JSON.stringify(value)} is not on ${base.origin}`;
  if (url.href !== baseUrl && !url.href.startsWith(`${baseUrl}/`))
    return `${where}: ${JSON.stringify(value)} is outside ${baseUrl}`;
  return undefined;
}

/** Local file behind a URL under baseUrl, or undefined when it is not under it (urlProblem reports that). */
export function assetPath(url: string, ctx: LinkContext): string | undefined {
  if (!url.startsWith(`${ctx.baseUrl}/`)) return undefined;
  const basePath = new URL(ctx.baseUrl).pathname.replace(/\/$/, '');
  const file = normalize(
    join(ctx.assetsRoot, decodeURIComponent(new URL(url).pathname.slice(basePath.length))),
  );
  const inside = relative(ctx.assetsRoot, file);
  return inside.startsWith('..') || isAbsolute(inside) ? undefined : file;
}
