/** The pane's top-level views: the selected item, then the work lists that follow the user. */
export const paneTabs = ['item', 'my-work', 'queue', 'approvals'] as const;
export type PaneTab = (typeof paneTabs)[number];
