import { Badge, type BadgeProps } from '@fluentui/react-components';
import type { Case } from '../../../../shared/cases/case.schema';
import { strings } from '../../../i18n/strings';

const slaColor: Record<Case['slaState'], BadgeProps['color']> = {
  on_track: 'success',
  at_risk: 'warning',
  breached: 'danger',
};

/** A case's SLA state in the colour people read it by: green, amber, red. */
export function SlaBadge({ state }: { state: Case['slaState'] }) {
  return (
    <Badge appearance="tint" color={slaColor[state]} shape="rounded">
      {strings.work.sla[state]}
    </Badge>
  );
}
