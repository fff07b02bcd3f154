// @vitest-environment jsdom
import '../../support/setup-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { IntakeSuggestionRecord } from '../../../../addin/modules/cases/components/IntakeSuggestionRecord';
import type { CaseIntakeRecord } from '../../../../shared/intake/case-intake.schema';
import { aCaseDetail } from '../../support/fixtures';

afterEach(cleanup);

const rulesRecord: CaseIntakeRecord = {
  analysisId: 'a-1',
  provider: 'rules',
  model: null,
  analyzedAt: '2026-11-20T09:30:00.000Z',
  suggested: { caseType: 'complaint', priority: 'high', confidence: 0.82, missing: [] },
  chosen: { caseType: 'complaint', priority: 'urgent' },
  accepted: { caseType: true, priority: false },
  fallbackReason: null,
  prompt: null,
  output: null,
};

function renderRecord(intake: CaseIntakeRecord | null) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <IntakeSuggestionRecord detail={{ ...aCaseDetail(), intake }} />
    </FluentProvider>,
  );
}

describe('IntakeSuggestionRecord', () => {
  it('shows suggested against chosen, and which were changed', () => {
    renderRecord(rulesRecord);
    expect(screen.getByText('Suggested: Complaint (0.82) · Chosen: Complaint')).toBeTruthy();
    expect(screen.getByText('Priority: suggested High · chosen Urgent')).toBeTruthy();
    expect(screen.getByText('Accepted')).toBeTruthy();
    expect(screen.getByText('Changed')).toBeTruthy();
    expect(screen.getByText('Suggested by the built-in rules.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'What the AI saw and said' })).toBeNull();
  });

  it('shows nothing for a case made without a suggestion', () => {
    const { container } = renderRecord(null);
    expect(container.textContent).toBe('');
  });

  it("discloses a model's prompt and answer as plain text", () => {
    renderRecord({
      ...rulesRecord,
      provider: 'openai',
      model: 'gpt-test',
      prompt: '[user]\n<b>Subject</b>: refund',
      output: '{"caseType":"complaint"}',
    });
    expect(screen.getByText('Suggested by gpt-test (openai).')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'What the AI saw and said' }));
    expect(screen.getByText(/<b>Subject<\/b>: refund/)).toBeTruthy();
    expect(document.querySelector('b')).toBeNull();
    expect(screen.getByText('{"caseType":"complaint"}')).toBeTruthy();
  });
});
