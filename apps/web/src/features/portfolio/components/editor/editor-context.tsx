import { createContext, useContext } from 'react';

/** What every field of the editor needs: its errors, shown once it was touched or the author asked for them. */
export interface EditorFields {
  /** The errors at a path, joined; `deep` adds those inside it (the values of a list field). */
  errorOf: (path: string, options?: { deep?: boolean }) => string | undefined;
  /** Marks a field as touched, so that its errors show from now on. */
  touch: (path: string) => void;
}

export const EditorFieldsContext = createContext<EditorFields>({ errorOf: () => undefined, touch: () => undefined });

export const useEditorFields = () => useContext(EditorFieldsContext);

/** The id of a field's input, from its path: the error list links to it. */
export const fieldId = (path: string) => `field-${path.replaceAll('.', '-')}`;
