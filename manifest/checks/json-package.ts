/**
 * Checks on the unified manifest that its JSON schema cannot express: the package icon files,
 * URLs (the schema accepts http), and that the ribbons really open a (pinnable) task pane.
 */
import { join } from 'node:path';
import type { UnifiedManifest } from '../json-manifest';
import {
  REQUIRED_BUTTON_ICON_SIZES,
  RIBBON_ICON_SIZES,
  SURFACE_RIBBON_CONTEXT,
  UNIFIED_COLOR_ICON_SIZE,
  UNIFIED_OUTLINE_ICON_SIZE,
} from '../office-schema';
import { pngSizeProblem } from './png';
import { result } from './result';
import type { CheckResult } from './result';
import { assetPath, urlProblem } from './urls';
import type { LinkContext } from './urls';

export interface JsonCheckContext extends LinkContext {
  /** Directory holding manifest.json and its package icons. */
  readonly packageDir: string;
}

type Extension = NonNullable<UnifiedManifest['extensions']>[number];
type Ribbon = NonNullable<Extension['ribbons']>[number];
type Action = NonNullable<NonNullable<Extension['runtimes']>[number]['actions']>[number];
type Control = NonNullable<
  NonNullable<Ribbon['tabs'][number]['groups']>[number]['controls']
>[number];

export interface ResolvedControl {
  readonly path: string;
  readonly contexts: readonly string[];
  readonly control: Control;
  readonly action: Action | undefined;
  readonly page: string | undefined;
}

/** Every ribbon button with the runtime action (and page) its actionId points at. */
export function ribbonControls(manifest: UnifiedManifest): ResolvedControl[] {
  const extension = manifest.extensions?.[0];
  const actions = new Map<string, { action: Action; page: string | undefined }>();
  for (const runtime of extension?.runtimes ?? []) {
    for (const action of runtime.actions ?? [])
      actions.set(action.id, { action, page: runtime.code?.page });
  }
  const controls: ResolvedControl[] = [];
  (extension?.ribbons ?? []).forEach((ribbon, r) => {
    (ribbon.tabs ?? []).forEach((tab, t) => {
      (tab.groups ?? []).forEach((group, g) => {
        (group.controls ?? []).forEach((control, c) => {
          const target = actions.get(control.actionId);
          controls.push({
            path: `extensions[0].ribbons[${r}].tabs[${t}].groups[${g}].controls[${c}]`,
            contexts: ribbon.contexts ?? [],
            control,
            action: target?.action,
            page: target?.page,
          });
        });
      });
    });
  });
  return controls;
}

export function checkPackageIcons(manifest: UnifiedManifest, ctx: JsonCheckContext): CheckResult {
  const problems: (string | undefined)[] = [];
  const icons: [string, string | undefined, number][] = [
    ['icons.color', manifest.icons?.color, UNIFIED_COLOR_ICON_SIZE],
    ['icons.outline', manifest.icons?.outline, UNIFIED_OUTLINE_ICON_SIZE],
  ];
  for (const [what, file, size] of icons) {
    if (!file) problems.push(`${what} is missing`);
    else if (file.includes('://') || file.includes('..'))
      problems.push(`${what} ${JSON.stringify(file)} must be a file inside the package`);
    else problems.push(pngSizeProblem(join(ctx.packageDir, file), size, what));
  }
  return result(
    'JSON package: color (192px) and outline (32px) icons exist next to manifest.json',
    problems.filter((p): p is string => p !== undefined),
  );
}

export function checkJsonUrls(manifest: UnifiedManifest, ctx: JsonCheckContext): CheckResult {
  const problems: (string | undefined)[] = [];
  const visit = (value: unknown, path: string, key: string): void => {
    if (typeof value === 'string') {
      const urlKey = [
        'url',
        'page',
        'script',
        'websiteUrl',
        'privacyUrl',
        'termsOfUseUrl',
      ].includes(key);
      if (key !== '$schema' && (urlKey || value.includes('://')))
        problems.push(urlProblem(path, value, ctx.baseUrl));
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, `${path}[${index}]`, key));
    } else if (typeof value === 'object' && value !== null) {
      for (const [childKey, child] of Object.entries(value))
        visit(child, path ? `${path}.${childKey}` : childKey, childKey);
    }
  };
  visit(manifest, '', '');
  const host = new URL(ctx.baseUrl).host;
  if (!manifest.validDomains?.includes(host)) problems.push(`validDomains does not list ${host}`);
  return result(
    `JSON package: every URL is https under ${ctx.baseUrl} and validDomains lists its host`,
    problems.filter((p): p is string => p !== undefined),
  );
}

export function checkRibbons(manifest: UnifiedManifest): CheckResult {
  const problems: string[] = [];
  const controls = ribbonControls(manifest);
  for (const context of Object.values(SURFACE_RIBBON_CONTEXT)) {
    if (!controls.some((entry) => entry.contexts.includes(context)))
      problems.push(`no ribbon button for context ${context}`);
  }
  for (const entry of controls) {
    if (!entry.action)
      problems.push(`${entry.path} actionId '${entry.control.actionId}' matches no runtime action`);
    else if (entry.action.type !== 'openPage')
      problems.push(
        `${entry.path} action '${entry.action.id}' is ${entry.action.type}, expected openPage`,
      );
  }
  return result(
    'JSON package: mailRead, meetingDetailsAttendee and meetingDetailsOrganizer ribbons open the task pane',
    problems,
  );
}

export function checkJsonPinning(manifest: UnifiedManifest): CheckResult {
  const mailRead = ribbonControls(manifest).filter((entry) =>
    entry.contexts.includes(SURFACE_RIBBON_CONTEXT.messageRead),
  );
  const problems = mailRead
    .filter((entry) => entry.action?.pinnable !== true)
    .map(
      (entry) => `${entry.path} opens action '${entry.control.actionId}', which is not pinnable`,
    );
  if (mailRead.length === 0) problems.push('no mailRead button');
  return result('JSON package: the mailRead task pane action is pinnable', problems);
}

export function checkRibbonIcons(manifest: UnifiedManifest, ctx: JsonCheckContext): CheckResult {
  const problems: (string | undefined)[] = [];
  const checkList = (
    icons: readonly { size: number; url: string }[] | undefined,
    path: string,
  ): void => {
    const sizes = (icons ?? []).map((icon) => icon.size);
    for (const required of REQUIRED_BUTTON_ICON_SIZES) {
      if (!sizes.includes(required)) problems.push(`${path} has no ${required}px icon`);
    }
    (icons ?? []).forEach((icon, index) => {
      if (!RIBBON_ICON_SIZES.includes(icon.size))
        problems.push(`${path}[${index}] size ${icon.size} is not allowed`);
      const file = assetPath(icon.url, ctx);
      if (file) problems.push(pngSizeProblem(file, icon.size, `${path}[${index}] (${icon.url})`));
    });
  };
  (manifest.extensions?.[0]?.ribbons ?? []).forEach((ribbon, r) => {
    (ribbon.tabs ?? []).forEach((tab, t) => {
      (tab.groups ?? []).forEach((group, g) => {
        const groupPath = `extensions[0].ribbons[${r}].tabs[${t}].groups[${g}]`;
        checkList(group.icons, `${groupPath}.icons`);
        (group.controls ?? []).forEach((control, c) =>
          checkList(control.icons, `${groupPath}.controls[${c}].icons`),
        );
      });
    });
  });
  return result(
    'JSON package: ribbon icon sizes match the PNG files they point to',
    problems.filter((p): p is string => p !== undefined),
  );
}

export function checkJsonPackage(manifest: UnifiedManifest, ctx: JsonCheckContext): CheckResult[] {
  return [
    checkPackageIcons(manifest, ctx),
    checkJsonUrls(manifest, ctx),
    checkRibbons(manifest),
    checkJsonPinning(manifest),
    checkRibbonIcons(manifest, ctx),
  ];
}
