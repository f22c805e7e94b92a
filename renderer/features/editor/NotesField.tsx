import { useTranslation } from 'react-i18next';
import { textCodec } from '../../services/fields/codecs';
import { CodecField } from '../../services/fields/fields';

/** Lines of the editor that carry free-text notes, each under `fields.<list>.notes`. */
type ListWithNotes = 'capex' | 'effects' | 'runningCosts' | 'subsidies' | 'workingCapital';

const notesCodec = textCodec(true);

/** The notes of one line of a list: optional free text over several lines, the same everywhere. */
export function NotesField({
  list,
  index,
}: {
  readonly list: ListWithNotes;
  readonly index: number;
}) {
  const { t } = useTranslation();
  return (
    <CodecField
      path={[list, index, 'notes']}
      label={t(`fields.${list}.notes`)}
      codec={notesCodec}
      multiline
    />
  );
}
