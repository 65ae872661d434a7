import { CloseButton, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';

/**
 * Typing updates the field at once and the search a moment after the last
 * keystroke, so the list does not jump on every letter. To reset it from
 * outside, remount it with a new `key`.
 */
export function DirectorySearchField({ initial, onSearch }: { initial: string; onSearch: (search: string) => void }) {
  const [text, setText] = useState(initial);
  const search = useDebouncedCallback(onSearch, 250);

  const change = (value: string) => {
    setText(value);
    search(value);
  };
  const clear = () => {
    setText('');
    search.cancel();
    onSearch('');
  };

  return (
    <TextInput
      label="Search"
      placeholder="Name, email or department"
      type="search"
      autoComplete="off"
      spellCheck={false}
      leftSection={<IconSearch size={16} />}
      rightSection={text ? <CloseButton size="sm" aria-label="Clear search" onClick={clear} /> : null}
      value={text}
      onChange={(event) => change(event.currentTarget.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') search.flush();
        if (event.key === 'Escape' && text) clear();
      }}
      style={{ flex: '1 1 260px' }}
    />
  );
}
