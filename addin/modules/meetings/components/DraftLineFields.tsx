import {
  Badge,
  Button,
  Field,
  Input,
  Select,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ManagedUser } from '../../../../shared/users/user.schema';
import { strings } from '../../../i18n/strings';
import {
  newKey,
  type DraftErrors,
  type DraftLine,
  type DraftPromise,
} from '../utils/meeting-draft';

const useStyles = makeStyles({
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    border: 0,
    margin: 0,
    padding: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0 },
  row: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  line: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalXS },
  grow: { flexGrow: 1, minWidth: 0 },
  pair: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  half: { flex: '1 1 140px', minWidth: 0 },
  add: { alignSelf: 'flex-start' },
  badge: { alignSelf: 'flex-start' },
  remove: { marginTop: tokens.spacingVerticalXXL, minWidth: 'auto' },
});

type LinesProps<T extends DraftLine> = {
  legend: string;
  empty: string;
  addLabel: string;
  lineLabel: (n: number) => string;
  path: string;
  lines: T[];
  errors: DraftErrors;
  onChange: (lines: T[]) => void;
  blank: () => T;
  extra?: (line: T, index: number, update: (patch: Partial<T>) => void) => React.ReactNode;
};

/** An editable list: each line can be changed or removed, and new ones added; suggestions are badged. */
export function DraftLines<T extends DraftLine>(props: LinesProps<T>) {
  const styles = useStyles();
  const update = (index: number, patch: Partial<T>) =>
    props.onChange(
      props.lines.map((l, i) => (i === index ? { ...l, ...patch, suggested: false } : l)),
    );
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{props.legend}</legend>
      {props.lines.length === 0 ? <Text size={200}>{props.empty}</Text> : null}
      {props.lines.map((line, i) => (
        <div key={line.key} className={styles.row}>
          <div className={styles.line}>
            <Field
              className={styles.grow}
              label={props.lineLabel(i + 1)}
              validationMessage={props.errors[`${props.path}.${i}.text`]}
            >
              <Textarea
                rows={2}
                resize="vertical"
                value={line.text}
                onChange={(_, d) => update(i, { text: d.value } as Partial<T>)}
              />
            </Field>
            <Button
              className={styles.remove}
              appearance="subtle"
              size="small"
              aria-label={strings.meetings.remove(props.lineLabel(i + 1))}
              onClick={() => props.onChange(props.lines.filter((_, j) => j !== i))}
            >
              {strings.meetings.removeShort}
            </Button>
          </div>
          {line.suggested ? (
            <Badge className={styles.badge} appearance="tint" color="brand" size="small">
              {strings.meetings.suggested}
            </Badge>
          ) : null}
          {props.extra?.(line, i, (patch) => update(i, patch))}
        </div>
      ))}
      <Button
        className={styles.add}
        size="small"
        onClick={() => props.onChange([...props.lines, props.blank()])}
      >
        {props.addLabel}
      </Button>
    </fieldset>
  );
}

export const blankLine = (): DraftLine => ({ key: newKey(), text: '', suggested: false });
export const blankPromise = (): DraftPromise => ({
  ...blankLine(),
  ownerId: '',
  dueDate: '',
  ownerHint: null,
});

type PromiseFieldsProps = {
  promise: DraftPromise;
  index: number;
  errors: DraftErrors;
  owners: ManagedUser[];
  userId: string | null;
  userName: string;
  update: (patch: Partial<DraftPromise>) => void;
};

/** A promise's owner (the user unless changed) and due date. */
export function PromiseFields({
  promise,
  index,
  errors,
  owners,
  userId,
  userName,
  update,
}: PromiseFieldsProps) {
  const styles = useStyles();
  const others = owners.filter((u) => u.id !== userId);
  return (
    <div className={styles.pair}>
      <Field
        className={styles.half}
        label={strings.meetings.owner}
        hint={
          promise.ownerHint && promise.suggested && promise.ownerHint !== 'us'
            ? strings.meetings.ownerHint(promise.ownerHint)
            : undefined
        }
      >
        <Select value={promise.ownerId} onChange={(_, d) => update({ ownerId: d.value })}>
          <option value="">{strings.meetings.me(userName)}</option>
          {others.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        className={styles.half}
        label={strings.meetings.dueDate}
        required
        validationMessage={errors[`promises.${index}.dueDate`]}
      >
        <Input
          type="date"
          value={promise.dueDate}
          onChange={(_, d) => update({ dueDate: d.value })}
        />
      </Field>
    </div>
  );
}
