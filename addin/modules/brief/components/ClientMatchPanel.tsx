import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ClientMatch } from '../../../../shared/clients/client.schema';
import { strings } from '../../../i18n/strings';
import { usePane } from '../../../state/pane-context';
import { ErrorMessage } from '../../ui/components/ErrorMessage';
import { LoadingBlock } from '../../ui/components/LoadingBlock';
import { PaneSection } from '../../ui/components/PaneSection';

const useStyles = makeStyles({
  choices: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
  choice: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
});

function ClientChoices({ matches }: { matches: ClientMatch[] }) {
  const styles = useStyles();
  const chooseClient = usePane((s) => s.chooseClient);
  const chosen = usePane((s) => s.chosenClientId);
  return (
    <>
      <Text>{strings.severalMatches}</Text>
      <ul className={styles.choices}>
        {matches.map((match) => (
          <li key={match.client.id} className={styles.choice}>
            <Text weight={chosen === match.client.id ? 'semibold' : 'regular'}>
              {match.client.name}
            </Text>
            <Button
              size="small"
              appearance={chosen === match.client.id ? 'primary' : 'secondary'}
              aria-pressed={chosen === match.client.id}
              aria-label={`${strings.chooseClient}: ${match.client.name}`}
              onClick={() => chooseClient(match.client.id)}
            >
              {strings.chooseClient}
            </Button>
          </li>
        ))}
      </ul>
    </>
  );
}

/** Who sent the email: the matched client, a choice between several, or none. */
export function ClientMatchPanel() {
  const matches = usePane((s) => s.matches);
  const reload = usePane((s) => s.reload);
  if (matches.status === 'idle') return null;
  return (
    <PaneSection title={strings.clientHeading}>
      {matches.status === 'loading' ? (
        <LoadingBlock label={strings.clientHeading} lines={2} />
      ) : null}
      {matches.status === 'error' ? (
        <ErrorMessage message={matches.error.message} onRetry={reload} />
      ) : null}
      {matches.status === 'ready' && matches.data.length === 0 ? (
        <Text>{strings.noMatch}</Text>
      ) : null}
      {matches.status === 'ready' && matches.data.length === 1 && matches.data[0] ? (
        <Text size={200}>
          {matches.data[0].contact
            ? strings.matchedByContact(matches.data[0].contact.name)
            : strings.matchedByDomain}
        </Text>
      ) : null}
      {matches.status === 'ready' && matches.data.length > 1 ? (
        <ClientChoices matches={matches.data} />
      ) : null}
    </PaneSection>
  );
}
