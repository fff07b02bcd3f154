import { Text } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Loadable } from '../../../state/loadable';
import { ErrorMessage } from '../../ui/components/ErrorMessage';
import { LoadingBlock } from '../../ui/components/LoadingBlock';

type LoadableContentProps<T> = {
  value: Loadable<T[]>;
  loadingLabel: string;
  failedTitle: string;
  emptyText: string;
  onRetry: () => void;
  children: (items: T[]) => ReactNode;
};

/** A list's four states in one place: skeleton, error with Retry, "nothing here", the list. */
export function LoadableContent<T>({
  value,
  loadingLabel,
  failedTitle,
  emptyText,
  onRetry,
  children,
}: LoadableContentProps<T>) {
  if (value.status === 'idle' || value.status === 'loading')
    return <LoadingBlock label={loadingLabel} lines={3} />;
  if (value.status === 'error')
    return <ErrorMessage title={failedTitle} message={value.error.message} onRetry={onRetry} />;
  if (value.data.length === 0) return <Text>{emptyText}</Text>;
  return <>{children(value.data)}</>;
}
