import { zodResolver } from '@hookform/resolvers/zod';
import { contract, type OperationInput, type OperationName, type ParsedInput } from '@contract';
import { useState, type BaseSyntheticEvent } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from 'react-hook-form';
import { applyServerErrors } from './applyServerErrors';
import { useReportUnsavedChanges } from './closeGuard';

type Values<K extends OperationName> = OperationInput<K> & FieldValues;

interface Options<K extends OperationName> {
  /** Every value the operation takes, the fields' and the fixed ones (the record's id) alike. */
  defaultValues: DefaultValues<Values<K>>;
  /** The fields on screen, named as the contract names them, where the core's messages can be shown. */
  fields: readonly Path<Values<K>>[];
}

/**
 * A form whose values are an operation's input. The operation's own zod
 * schema checks it before anything is sent, so the form accepts what the core
 * accepts and says so in the core's words; what only the core can know (an
 * email in use, a full group) comes back and is put on the field it names,
 * or above the form (`formError`) when it names none.
 */
export function useOperationForm<K extends OperationName>(name: K, { defaultValues, fields }: Options<K>) {
  const form = useForm<Values<K>, unknown, ParsedInput<K>>({
    // The schema is the one for K; zod's inferred types and the contract's name the same shapes.
    resolver: zodResolver(contract[name].input as never) as unknown as Resolver<Values<K>, unknown, ParsedInput<K>>,
    defaultValues,
  });
  const [formError, setFormError] = useState<string | null>(null);
  useReportUnsavedChanges(form.formState.isDirty);

  /** The form's submit handler: checks the values, then runs `save`; a refusal is shown where it belongs. */
  function submitWith(save: (values: ParsedInput<K>) => Promise<unknown>) {
    const submit = form.handleSubmit(async (values) => {
      setFormError(null);
      try {
        await save(values);
      } catch (error) {
        setFormError(applyServerErrors(error, form.setError, fields));
      }
    });
    return (event?: BaseSyntheticEvent) => void submit(event);
  }

  return { form, errors: form.formState.errors, formError, submitWith };
}
