import { Badge, Text } from '@fluentui/react-components';
import type { AccountItem } from '../../../../shared/clients/brief.schema';
import { strings } from '../../../i18n/strings';
import { formatDecimal } from '../utils/format-decimal';
import { BriefEntry, BriefList, BriefMeta, BriefSection } from './BriefSection';

const statusColour = {
  active: 'success',
  dormant: 'subtle',
  restricted: 'warning',
  closed: 'subtle',
} as const;

/** The client's accounts with their balances, as the core system last reported them. */
export function AccountsSection({ accounts }: { accounts: AccountItem[] }) {
  return (
    <BriefSection value="accounts" title={strings.brief.accounts}>
      {accounts.length === 0 ? (
        <Text>{strings.brief.noAccounts}</Text>
      ) : (
        <BriefList label={strings.brief.accounts}>
          {accounts.map((account) => (
            <BriefEntry key={account.id}>
              <Text weight="semibold">{account.product}</Text>
              <BriefMeta>
                <span>{account.number}</span>
                <span>
                  {account.currency} {formatDecimal(account.balance)}
                </span>
                <Badge appearance="outline" color={statusColour[account.status]}>
                  {strings.brief.accountStatuses[account.status]}
                </Badge>
              </BriefMeta>
            </BriefEntry>
          ))}
        </BriefList>
      )}
    </BriefSection>
  );
}
