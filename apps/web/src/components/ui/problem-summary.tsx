import { Alert, List, Text } from '@mantine/core';
import type { FormProblemState } from '../../lib/use-form-problem.ts';

/**
 * What went wrong with a form's last change, above the form: the problem's title, its explanation, and the errors
 * of fields the form does not show. An alert, so a screen reader says it at once; focusable, so the focus can go
 * there when no field is in error.
 */
export function ProblemSummary({ problem }: { problem: FormProblemState }) {
  const { summary } = problem;
  if (!summary) return null;
  return (
    <Alert ref={problem.summaryRef} tabIndex={-1} color="red" variant="light" title={summary.title}>
      {summary.detail && <Text size="sm">{summary.detail}</Text>}
      {summary.errors.length > 0 && (
        <List size="sm" mt={summary.detail ? 'xs' : 0}>
          {summary.errors.map((error) => (
            <List.Item key={error}>{error}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
