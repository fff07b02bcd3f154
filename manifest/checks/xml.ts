import { result } from './result';
import type { CheckResult } from './result';
import { checkPinning, checkSurfaces } from './xml-commands';
import { checkIcons, checkResids, checkTaskpaneUrl, checkUrls } from './xml-references';
import {
  checkIdentity,
  checkLengths,
  checkNestedOrder,
  checkOfficeAppChildren,
  checkPermissions,
  checkRequirements,
  checkRoot,
} from './xml-structure';
import type { LinkContext } from './urls';
import { parseXmlTree, wellFormedProblem } from './xml-tree';

export interface XmlCheckContext extends LinkContext {
  readonly minMailboxVersion: string;
}

/** All structural checks on one XML manifest, one result per check. */
export function checkXmlManifest(xml: string, ctx: XmlCheckContext): CheckResult[] {
  const wellFormed = 'XML structure: well-formed (fast-xml-parser XMLValidator)';
  const problem = wellFormedProblem(xml);
  if (problem) {
    return [
      result(wellFormed, [problem]),
      result('XML structure: remaining checks', ['not run: the XML is not well-formed']),
    ];
  }
  const root = parseXmlTree(xml);
  return [
    result(wellFormed, []),
    checkRoot(root),
    checkOfficeAppChildren(root),
    checkNestedOrder(root),
    checkIdentity(root),
    checkLengths(root),
    checkRequirements(root, ctx.minMailboxVersion),
    checkPermissions(root),
    checkUrls(root, ctx),
    checkResids(root),
    checkIcons(root, ctx),
    checkTaskpaneUrl(root),
    checkSurfaces(root),
    checkPinning(root),
  ];
}
