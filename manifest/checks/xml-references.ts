/**
 * Reference checks on the XML manifest: URLs, resids, icon images and the task pane page.
 */
import {
  REQUIRED_BUTTON_ICON_SIZES,
  RIBBON_ICON_SIZES,
  XML_HIGH_RES_ICON_SIZE,
  XML_ICON_SIZE,
} from '../office-schema';
import { pngSizeProblem } from './png';
import { result } from './result';
import type { CheckResult } from './result';
import { declaredResources, overridesBlocks, ownElements, visibleResources } from './xml-overrides';
import type { ResourceKind } from './xml-overrides';
import { assetPath, urlProblem } from './urls';
import type { LinkContext } from './urls';
import { descendants, firstChild, walk } from './xml-tree';
import type { XmlElement } from './xml-tree';

/** Attributes that hold a URL even if the value is so broken it lacks "://". */
const URL_ATTRIBUTES = new Set([
  'IconUrl@DefaultValue',
  'HighResolutionIconUrl@DefaultValue',
  'SupportUrl@DefaultValue',
  'SourceLocation@DefaultValue',
  'bt:Url@DefaultValue',
]);

function isNamespaceAttribute(name: string): boolean {
  return name === 'xmlns' || name.startsWith('xmlns:') || name.startsWith('xsi:');
}

export function checkUrls(root: XmlElement, ctx: LinkContext): CheckResult {
  const problems: (string | undefined)[] = [];
  walk(root, (element) => {
    for (const [name, value] of Object.entries(element.attrs)) {
      if (isNamespaceAttribute(name)) continue;
      const isResourceImage = element.name === 'bt:Image' && name === 'DefaultValue';
      if (
        URL_ATTRIBUTES.has(`${element.name}@${name}`) ||
        isResourceImage ||
        value.includes('://')
      ) {
        problems.push(urlProblem(`${element.path}@${name}`, value, ctx.baseUrl));
      }
    }
    if (element.name === 'AppDomain') {
      // AppDomains exist to name *other* origins, so they only need to be https origins.
      let url: URL | undefined;
      try {
        url = new URL(element.text);
      } catch {
        url = undefined;
      }
      if (!url)
        problems.push(`${element.path}: ${JSON.stringify(element.text)} is not an absolute URL`);
      else if (url.protocol !== 'https:')
        problems.push(`${element.path}: ${JSON.stringify(element.text)} is not https`);
      else if (url.pathname !== '/' || url.search)
        problems.push(
          `${element.path}: ${JSON.stringify(element.text)} should be an origin without a path`,
        );
    } else if (element.text.includes('://')) {
      problems.push(urlProblem(element.path, element.text, ctx.baseUrl));
    }
  });
  return result(
    `XML structure: every URL is https under ${ctx.baseUrl} (AppDomains: https origins)`,
    problems.filter((p): p is string => p !== undefined),
  );
}

/** Which resource collection an element's resid must point into. */
const RESID_KIND: Readonly<Record<string, ResourceKind>> = {
  'bt:Image': 'bt:Images',
  SourceLocation: 'bt:Urls',
  FunctionFile: 'bt:Urls',
  Label: 'bt:ShortStrings',
  Title: 'bt:ShortStrings',
  Description: 'bt:LongStrings',
};

export function checkResids(root: XmlElement): CheckResult {
  const problems: string[] = [];
  const blocks = overridesBlocks(root);
  for (const block of blocks) {
    const seen = new Set<string>();
    for (const entry of declaredResources(block)) {
      if (!entry.id) problems.push(`${entry.element.path} has no id`);
      else if (seen.has(entry.id))
        problems.push(
          `resource id '${entry.id}' is defined more than once in VersionOverrides${block.version}`,
        );
      seen.add(entry.id);
    }
    const visible = visibleResources(blocks, block);
    for (const ref of ownElements(block, (element) => element.attrs.resid !== undefined)) {
      const resid = ref.attrs.resid ?? '';
      const entry = visible.get(resid);
      const expected = RESID_KIND[ref.name];
      if (!entry) problems.push(`resid '${resid}' on ${ref.path} is not defined in Resources`);
      else if (expected && entry.kind !== expected)
        problems.push(
          `resid '${resid}' on ${ref.path} is a ${entry.kind} entry, expected ${expected}`,
        );
    }
  }
  return result(
    'XML structure: every resid resolves to a Resources entry of the right kind',
    problems,
  );
}

function imageProblem(
  url: string | undefined,
  size: number,
  what: string,
  ctx: LinkContext,
): string | undefined {
  if (!url) return `${what} has no URL`;
  const file = assetPath(url, ctx);
  return file ? pngSizeProblem(file, size, `${what} (${url})`) : undefined;
}

export function checkIcons(root: XmlElement, ctx: LinkContext): CheckResult {
  const problems: (string | undefined)[] = [
    imageProblem(firstChild(root, 'IconUrl')?.attrs.DefaultValue, XML_ICON_SIZE, '<IconUrl>', ctx),
    imageProblem(
      firstChild(root, 'HighResolutionIconUrl')?.attrs.DefaultValue,
      XML_HIGH_RES_ICON_SIZE,
      '<HighResolutionIconUrl>',
      ctx,
    ),
  ];
  const blocks = overridesBlocks(root);
  for (const block of blocks) {
    const visible = visibleResources(blocks, block);
    for (const icon of ownElements(block, (element) => element.name === 'Icon')) {
      const sizes = icon.children.map((image) => Number(image.attrs.size));
      for (const required of REQUIRED_BUTTON_ICON_SIZES) {
        if (!sizes.includes(required)) problems.push(`${icon.path} has no ${required}px image`);
      }
      for (const image of icon.children) {
        const size = Number(image.attrs.size);
        if (!RIBBON_ICON_SIZES.includes(size)) {
          problems.push(
            `${image.path} size ${JSON.stringify(image.attrs.size)} is not one of ${RIBBON_ICON_SIZES.join(', ')}`,
          );
          continue;
        }
        const entry = visible.get(image.attrs.resid ?? '');
        // An unknown resid is checkResids' problem; only judge images that resolve.
        if (entry)
          problems.push(imageProblem(entry.value, size, `${image.path} resid '${entry.id}'`, ctx));
      }
    }
  }
  return result(
    'XML structure: declared icon sizes match the PNG files they point to',
    problems.filter((p): p is string => p !== undefined),
  );
}

/** Every URL a ShowTaskpane action opens, resolved through Resources, plus the legacy FormSettings page. */
export function taskpaneUrls(root: XmlElement): string[] {
  const urls: string[] = [];
  const blocks = overridesBlocks(root);
  for (const block of blocks) {
    const visible = visibleResources(blocks, block);
    for (const action of ownElements(
      block,
      (element) => element.name === 'Action' && element.attrs['xsi:type'] === 'ShowTaskpane',
    )) {
      const resid = firstChild(action, 'SourceLocation')?.attrs.resid;
      const value = resid === undefined ? undefined : visible.get(resid)?.value;
      if (value !== undefined) urls.push(value);
    }
  }
  return urls;
}

export function checkTaskpaneUrl(root: XmlElement): CheckResult {
  const problems: string[] = [];
  const commandUrls = taskpaneUrls(root);
  const formSettings = firstChild(root, 'FormSettings');
  const legacy = formSettings
    ? descendants(formSettings, (element) => element.name === 'SourceLocation').map(
        (element) => element.attrs.DefaultValue ?? '',
      )
    : [];
  if (commandUrls.length === 0) problems.push('no ShowTaskpane action resolves to a URL');
  const distinct = [...new Set([...commandUrls, ...legacy])];
  if (distinct.length > 1)
    problems.push(
      `task pane actions and FormSettings load different pages: ${distinct.join(', ')}`,
    );
  return result(
    'XML structure: every ShowTaskpane action and FormSettings load the same task pane URL',
    problems,
  );
}
