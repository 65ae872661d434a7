import { Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import type { ExportedFile } from '@common/exportedFile';
import { IconDeviceFloppy, IconEye } from '@tabler/icons-react';
import { useState } from 'react';
import { saveFile } from '../../api/saveFile';

/** A pause between two saves, so each gets its own save dialog instead of the browser folding them together. */
const pauseBetweenSaves = 400;

interface Props {
  files: ExportedFile[];
  onPreview: (file: ExportedFile) => void;
}

/** One file per nominee, each to preview or save, and "Save all" (one after the other). */
export function PerNomineeFiles({ files, onPreview }: Props) {
  const [savingAll, setSavingAll] = useState(false);

  async function saveAll() {
    setSavingAll(true);
    try {
      for (const [index, file] of files.entries()) {
        if (index > 0) await new Promise((resolve) => setTimeout(resolve, pauseBetweenSaves));
        saveFile(file);
      }
    } finally {
      setSavingAll(false);
    }
  }

  return (
    <>
      <Group justify="space-between">
        <Text size="sm">
          {files.length === 1 ? 'One file is ready.' : `${files.length} files are ready, one per nominee.`}
        </Text>
        <Button leftSection={<IconDeviceFloppy size={16} />} loading={savingAll} onClick={() => void saveAll()}>
          Save all
        </Button>
      </Group>
      <Table aria-label="Packet files" verticalSpacing="xs" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>File</Table.Th>
            <Table.Th w={1}>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {files.map((file) => (
            <Table.Tr key={file.fileName}>
              <Table.Td>{file.fileName}</Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Button
                    size="xs"
                    variant="default"
                    leftSection={<IconEye size={14} />}
                    aria-label={`Preview ${file.fileName}`}
                    onClick={() => onPreview(file)}
                  >
                    Preview
                  </Button>
                  <Button
                    size="xs"
                    variant="default"
                    leftSection={<IconDeviceFloppy size={14} />}
                    aria-label={`Save ${file.fileName}`}
                    onClick={() => saveFile(file)}
                  >
                    Save
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
