import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** What the person chose when a save found the file changed by another program. */
export type ConflictChoice = 'overwrite' | 'save-as' | 'cancel';

/** Unsaved work would be lost: save it, drop it, or stay. */
export function UnsavedChangesDialog({
  opened,
  title,
  onCancel,
  onDiscard,
  onSave,
}: {
  opened: boolean;
  title: string;
  onCancel: () => void;
  onDiscard: () => void;
  onSave: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onCancel}
      title={t('unsaved.title', { document: title })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      centered
    >
      <Text mb="lg">{t('unsaved.body')}</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button variant="light" color="red" onClick={onDiscard}>
          {t('unsaved.discard')}
        </Button>
        <Button data-autofocus onClick={onSave}>
          {t('unsaved.save')}
        </Button>
      </Group>
    </Modal>
  );
}

/** The file on disk changed since it was opened: overwrite it, save elsewhere, or stay. */
export function SaveConflictDialog({
  file,
  onDecide,
}: {
  file: string | null;
  onDecide: (choice: ConflictChoice) => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={file !== null}
      onClose={() => onDecide('cancel')}
      title={t('conflict.title', { file: file ?? '' })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      centered
    >
      <Text mb="lg">{t('conflict.body')}</Text>
      <Group justify="flex-end">
        <Button data-autofocus variant="default" onClick={() => onDecide('cancel')}>
          {t('common.cancel')}
        </Button>
        <Button variant="default" onClick={() => onDecide('save-as')}>
          {t('conflict.saveAs')}
        </Button>
        <Button color="red" onClick={() => onDecide('overwrite')}>
          {t('conflict.overwrite')}
        </Button>
      </Group>
    </Modal>
  );
}
