import { Textarea } from '@mantine/core';
import { useRef, useState } from 'react';
import { firstErrorMessage } from '../forms/FormParts';

interface Props {
  /** The accessible name of the field, e.g. "Responsibility text". */
  label: string;
  initial: string;
  /** What an empty entry is told, e.g. "Enter the responsibility." */
  emptyMessage: string;
  maxLength: number;
  placeholder?: string;
  /** Saves the text; a rejected promise keeps the editor open with the message. */
  onSave: (text: string) => Promise<unknown>;
  onDone: () => void;
}

/**
 * Edits a piece of text in place: Enter or leaving the field saves, Escape
 * cancels. Problems are said under the field and the text is kept, so
 * nothing typed is lost.
 */
export function InlineTextEditor({ label, initial, emptyMessage, maxLength, placeholder, onSave, onDone }: Props) {
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // Escape or a save closes the editor; a blur that follows must not save again.
  const closed = useRef(false);
  const finish = () => {
    closed.current = true;
    onDone();
  };

  async function save() {
    if (saving || closed.current) return;
    const text = value.trim();
    if (text === initial.trim() && text !== '') return finish();
    if (!text) return setError(emptyMessage);
    if (text.length > maxLength) return setError(`Keep it under ${maxLength} characters.`);
    setSaving(true);
    try {
      await onSave(text);
      finish();
    } catch (caught) {
      setError(firstErrorMessage(caught));
      setSaving(false);
    }
  }

  return (
    <Textarea
      aria-label={label}
      autosize
      minRows={1}
      size="sm"
      autoFocus
      placeholder={placeholder}
      value={value}
      error={error}
      disabled={saving}
      onFocus={(event) => event.currentTarget.select()}
      onChange={(event) => {
        setValue(event.currentTarget.value.replace(/\n/g, ' '));
        setError(null);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
          event.preventDefault();
          void save();
        } else if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          finish();
        }
      }}
      onBlur={() => {
        // An empty field that loses focus is a change of mind, not a mistake to report.
        if (!value.trim() && !initial) finish();
        else void save();
      }}
    />
  );
}
