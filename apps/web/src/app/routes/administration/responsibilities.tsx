import { Stack, Text } from '@mantine/core';
import { RoleCode } from '@saimnieks/contracts/auth';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/ui/page-title.tsx';
import { useModel } from '../../../features/model/api/get-model.ts';
import { useResponsibilityMatrix } from '../../../features/responsibilities/api/get-responsibilities.ts';
import { MatrixEditor } from '../../../features/responsibilities/components/matrix-editor.tsx';
import { mayEditMatrix } from '../../../features/responsibilities/lib/may-edit.ts';
import { useSignedInSession } from '../../../features/session/api/get-session.ts';

export function ResponsibilitiesPage() {
  const { t } = useTranslation('responsibilities');
  const session = useSignedInSession();
  const model = useModel();
  const matrix = useResponsibilityMatrix();
  return (
    <Stack gap="lg">
      <div>
        <PageTitle>{t('title')}</PageTitle>
        <Text maw={900}>{t('lead')}</Text>
      </div>
      <MatrixEditor
        matrix={matrix}
        tasks={model.tasks}
        taskGroups={model.taskGroups}
        roles={model.roles.flatMap((role) => {
          const code = RoleCode.safeParse(role.code);
          return code.success ? [{ code: code.data, name: role.name }] : [];
        })}
        editable={mayEditMatrix(matrix, {
          isAdministrator: session.person.isAdministrator,
          roleCodes: session.roles.map((role) => role.roleCode),
        })}
      />
    </Stack>
  );
}
