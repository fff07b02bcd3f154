import { Button, Field, SearchBox, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { Case } from '../../../../shared/cases/case.schema';
import { caseTypeDefinition } from '../../../../shared/cases/case-types';
import type { ApiError } from '../../../api/api-error';
import { strings } from '../../../i18n/strings';
import { usePane } from '../../../state/pane-context';
import { ErrorMessage } from '../../ui/components/ErrorMessage';
import { LoadingBlock } from '../../ui/components/LoadingBlock';
import { PaneSection } from '../../ui/components/PaneSection';

const useStyles = makeStyles({
  search: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  grow: { flexGrow: 1, minWidth: 0 },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  facts: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0 },
  title: { overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3 },
  cancel: { alignSelf: 'flex-start' },
});

type Results =
  | { status: 'loading' }
  | { status: 'ready'; query: string; cases: Case[] }
  | { status: 'error'; error: ApiError };

type LinkToCasePanelProps = {
  /** The matched client: its open cases are offered before any search. */
  client: { id: string; name: string } | null;
  onClose: () => void;
};

/** Finds an open case for the selected email and links it with one click. */
export function LinkToCasePanel({ client, onClose }: LinkToCasePanelProps) {
  const styles = useStyles();
  const t = strings.emailToCase;
  const search = usePane((s) => s.searchCasesToLink);
  const linkToCase = usePane((s) => s.linkToCase);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Results>({ status: 'loading' });
  const [linking, setLinking] = useState<string | null>(null);
  const [linkError, setLinkError] = useState<ApiError | null>(null);

  const run = useCallback(
    (text: string) => {
      setResults({ status: 'loading' });
      // Words search every open case the user may see; no words, the client's own.
      const q = text.trim();
      search(q ? { q } : { clientId: client?.id }).then(
        (cases) => {
          if (cases) setResults({ status: 'ready', query: q, cases });
        },
        (error: ApiError) => setResults({ status: 'error', error }),
      );
    },
    [search, client?.id],
  );

  useEffect(() => run(''), [run]);

  const handleSearch = (event: FormEvent) => {
    event.preventDefault();
    run(query);
  };

  const handleLink = async (c: Case) => {
    setLinking(c.id);
    setLinkError(null);
    const result = await linkToCase(c.id);
    setLinking(null);
    if (result.ok) onClose();
    else setLinkError(result.error);
  };

  const heading =
    results.status === 'ready' && results.query
      ? t.searchResults(results.query)
      : client
        ? t.openCasesOf(client.name)
        : t.linkHeading;

  return (
    <PaneSection title={t.linkHeading}>
      <form className={styles.search} onSubmit={handleSearch} role="search">
        <Field label={t.searchLabel} className={styles.grow}>
          <SearchBox
            value={query}
            placeholder={t.searchPlaceholder}
            onChange={(_, data) => setQuery(data.value)}
          />
        </Field>
        <Button type="submit">{t.search}</Button>
      </form>
      <Text weight="semibold">{heading}</Text>
      {results.status === 'loading' ? <LoadingBlock label={t.searching} lines={3} /> : null}
      {results.status === 'error' ? (
        <ErrorMessage
          title={t.searchFailed}
          message={results.error.message}
          onRetry={() => run(query)}
        />
      ) : null}
      {results.status === 'ready' && results.cases.length === 0 ? (
        <Text className={styles.muted}>{results.query ? t.noResults : t.noOpenCases}</Text>
      ) : null}
      {linkError ? <ErrorMessage title={t.linkFailed} message={linkError.message} /> : null}
      {results.status === 'ready' && results.cases.length > 0 ? (
        <ul className={styles.list} aria-label={heading}>
          {results.cases.map((c) => (
            <li key={c.id} className={styles.row}>
              <div className={styles.facts}>
                <Text weight="semibold">{c.reference}</Text>
                <Text className={styles.title}>{c.title}</Text>
                <Text size={200} className={styles.muted}>
                  {c.clientName} · {caseTypeDefinition(c.type).label} · {strings.stages[c.stage]}
                </Text>
              </div>
              <Button
                size="small"
                appearance="primary"
                disabled={linking !== null}
                aria-label={t.linkTo(c.reference)}
                onClick={() => void handleLink(c)}
              >
                {t.link}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <Button className={styles.cancel} onClick={onClose} disabled={linking !== null}>
        {strings.cancel}
      </Button>
    </PaneSection>
  );
}
