import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';

/** How a form inside a drawer or modal says whether it holds changes not yet saved. */
type ReportChanges = (form: object, unsaved: boolean) => void;

const UnsavedChanges = createContext<ReportChanges | null>(null);

/**
 * Called by every form (useOperationForm does it): tells the drawer or modal
 * around it, if any, whether what is typed differs from what was loaded.
 * Outside one (a form on a page) it does nothing.
 */
export function useReportUnsavedChanges(unsaved: boolean): void {
  const report = useContext(UnsavedChanges);
  const [form] = useState(() => ({}));
  useEffect(() => report?.(form, unsaved), [report, form, unsaved]);
  // A form that goes away (saved, or its step left) holds nothing any more.
  useEffect(() => () => report?.(form, false), [report, form]);
}

/**
 * Closing a drawer or modal whose form holds typed changes asks first, so
 * Escape, the close button or a stray click never throws away meeting notes.
 * A form that saves closes its container itself, without asking.
 */
export function useCloseGuard(onClose: () => void) {
  const unsavedForms = useRef(new Set<object>());

  const report = useCallback<ReportChanges>((form, unsaved) => {
    if (unsaved) unsavedForms.current.add(form);
    else unsavedForms.current.delete(form);
  }, []);

  const requestClose = useCallback(() => {
    if (unsavedForms.current.size === 0) {
      onClose();
      return;
    }
    modals.openConfirmModal({
      title: 'Discard what you typed?',
      children: <Text size="sm">What you typed in this form has not been saved. Closing it now throws it away.</Text>,
      labels: { confirm: 'Discard changes', cancel: 'Keep editing' },
      confirmProps: { color: 'red' },
      closeButtonProps: { 'aria-label': 'Close' },
      // Above the drawer or modal it guards.
      zIndex: 400,
      onConfirm: () => {
        unsavedForms.current.clear();
        onClose();
      },
    });
  }, [onClose]);

  const provide = (children: ReactNode) => <UnsavedChanges.Provider value={report}>{children}</UnsavedChanges.Provider>;

  return { requestClose, provide };
}
