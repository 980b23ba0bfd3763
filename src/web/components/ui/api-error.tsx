// Shows an API error as the server worded it (already in the request language), with its details.
import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';

export function errorMessage(error: unknown, fallback: string): string {
  if (error instanceof ApiError) return error.message;
  return fallback;
}

/** The message the server gave for one field (details path such as `body.username` or `username`). */
export function fieldError(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const hit = error.details.find((d) => d.path === field || d.path.endsWith(`.${field}`) || d.path.endsWith(`/${field}`));
  return hit?.message;
}

export function ApiErrorAlert({ error, testId = 'api-error' }: { error: unknown; testId?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  const details = error instanceof ApiError ? error.details : [];
  return (
    <Alert color="red" variant="light" title={t('errors.title')} role="alert" data-testid={testId}>
      {errorMessage(error, t('errors.unexpected'))}
      {details.length > 0 && (
        <List size="sm" mt="xs">
          {details.map((d, i) => (
            <List.Item key={`${d.path}-${i}`}>
              {d.path ? <strong>{d.path}: </strong> : null}
              {d.message}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
