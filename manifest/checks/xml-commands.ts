/**
 * Add-in command checks on the XML manifest: the three surfaces open the task pane, and the
 * message-read pane is pinnable (a V1_1-only element, which is why both blocks exist).
 */
import { SURFACE_EXTENSION_POINT } from '../office-schema';
import { result } from './result';
import type { CheckResult } from './result';
import { overridesBlocks, ownElements } from './xml-overrides';
import type { OverridesBlock } from './xml-overrides';
import { descendants, firstChild } from './xml-tree';
import type { XmlElement } from './xml-tree';

function extensionPoints(block: OverridesBlock, type: string): XmlElement[] {
  return ownElements(
    block,
    (element) => element.name === 'ExtensionPoint' && element.attrs['xsi:type'] === type,
  );
}

function showTaskpaneActions(scope: XmlElement): XmlElement[] {
  return descendants(
    scope,
    (element) => element.name === 'Action' && element.attrs['xsi:type'] === 'ShowTaskpane',
  );
}

export function checkSurfaces(root: XmlElement): CheckResult {
  const problems: string[] = [];
  for (const block of overridesBlocks(root)) {
    for (const type of Object.values(SURFACE_EXTENSION_POINT)) {
      const points = extensionPoints(block, type);
      if (points.length === 0)
        problems.push(`VersionOverrides${block.version} has no ${type} extension point`);
      else if (!points.some((point) => showTaskpaneActions(point).length > 0)) {
        problems.push(
          `VersionOverrides${block.version} ${type} has no button that shows the task pane`,
        );
      }
    }
  }
  return result(
    'XML structure: message read, appointment attendee and organizer surfaces each show the task pane',
    problems,
  );
}

export function checkPinning(root: XmlElement): CheckResult {
  const problems: string[] = [];
  const blocks = overridesBlocks(root);
  const v11 = blocks.find((block) => block.version === 'V1_1');
  if (!v11) {
    problems.push('no VersionOverridesV1_1 block, so pinning cannot be declared');
  } else {
    const actions = extensionPoints(v11, SURFACE_EXTENSION_POINT.messageRead).flatMap(
      showTaskpaneActions,
    );
    if (actions.length === 0)
      problems.push('VersionOverridesV1_1 has no message-read ShowTaskpane action');
    for (const action of actions) {
      const pinning = firstChild(action, 'SupportsPinning')?.text;
      if (pinning !== 'true')
        problems.push(`${action.path} lacks <SupportsPinning>true</SupportsPinning>`);
    }
  }
  for (const block of blocks.filter((candidate) => candidate.version === 'V1_0')) {
    for (const misplaced of ownElements(block, (element) => element.name === 'SupportsPinning')) {
      problems.push(`${misplaced.path}: SupportsPinning is not allowed in VersionOverridesV1_0`);
    }
  }
  return result(
    'XML structure: message-read task pane declares SupportsPinning (in V1_1 only)',
    problems,
  );
}
