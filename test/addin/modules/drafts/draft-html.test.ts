// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  draftToHtml,
  draftToText,
  escapeHtml,
} from '../../../../addin/modules/drafts/utils/draft-html';
import { suggestedPurpose } from '../../../../addin/modules/drafts/utils/suggested-purpose';

describe('turning a draft into reply HTML', () => {
  it('escapes every character that could become markup', () => {
    expect(escapeHtml(`<img src=x onerror="alert('x')"> & co`)).toBe(
      '&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt; &amp; co',
    );
  });

  it('keeps line breaks and blank lines, and wraps the whole in one block', () => {
    expect(draftToHtml('Dear Mei,\n\nThanks\r\nTom')).toBe(
      '<div>Dear Mei,<br>\n<br>\nThanks<br>\nTom</div>',
    );
  });

  it('highlights placeholders left for the sender, escaping the case text around them', () => {
    const html = draftToHtml('Re "{{case.title}}" <script>');
    expect(html).toBe(
      '<div>Re &quot;<span style="background-color:#fff100;color:#000000">{{case.title}}</span>&quot; &lt;script&gt;</div>',
    );
  });

  it('reads back as the same text when shown as plain text', () => {
    const body = 'Dear {{contact.name}},\n\n- Item <one>\n\nKind regards';
    const doc = new DOMParser().parseFromString(draftToHtml(body), 'text/html');
    expect(doc.body.textContent).toBe(body);
  });

  it('puts the subject above the body for pasting into a new email', () => {
    expect(draftToText('Subject', 'Body')).toBe('Subject\n\nBody');
  });
});

describe('the suggested purpose', () => {
  it('follows the stage', () => {
    expect(suggestedPurpose('new')).toBe('acknowledge');
    expect(suggestedPurpose('waiting_customer')).toBe('request_missing_information');
    expect(suggestedPurpose('in_progress')).toBe('status_update');
    expect(suggestedPurpose('closed')).toBe('resolution');
  });
});
