import type { HandlerMap } from '../handlers';
import { getMentorship } from '../mentorships/queries';
import { clockOf } from '../../common/isoDates';
import { getPeerGroup } from '../peerGroups/queries';
import { TrellisError } from '../../common/errors';
import { agreementPdf } from './agreement/agreementPdf';
import { partnerResponsibilities } from './agreement/responsibilities';
import type { documentsContract } from './contract';
import { groupCommitmentPdf } from './groupCommitment/groupCommitmentPdf';
import { longDate } from '../pdf/words';
import { hasMentoring, mentoringRecord } from '../personMentoring/record';
import { loadOfficeSettings } from './officeDocument';
import { selectedAwardsFor } from '../awards/selectedAwards';
import { mentorSatisfaction } from './serviceLetter/satisfaction';
import { serviceLetterPdf } from './serviceLetter/serviceLetterPdf';
import { clearImage, setImage } from './settings/images';
import { readDocumentSettings, updateDocumentSettings } from './settings/store';

type DocumentsOperation = keyof typeof documentsContract;

export const documentsHandlers: HandlerMap<DocumentsOperation> = {
  'documents.settings.get': { access: 'read', run: ({ db }) => readDocumentSettings(db) },
  'documents.settings.update': {
    access: 'write',
    run: async ({ db, audit, now }, input) => {
      const changed = await updateDocumentSettings(db, input, clockOf(now).stamp);
      for (const key of changed) audit('setting', key);
      return readDocumentSettings(db);
    },
  },
  'documents.images.set': {
    access: 'write',
    run: async ({ db, audit, now }, { kind, base64 }) => {
      await setImage(db, kind, base64, clockOf(now).stamp);
      audit('document_image', `letterhead.${kind}`);
      return readDocumentSettings(db);
    },
  },
  'documents.images.clear': {
    access: 'write',
    run: async ({ db, audit }, { kind }) => {
      await clearImage(db, kind);
      audit('document_image', `letterhead.${kind}`);
      return readDocumentSettings(db);
    },
  },
  'documents.agreement': {
    access: 'read',
    run: async ({ db, now }, { mentorshipId }) => {
      const mentorship = await getMentorship(db, mentorshipId);
      const [responsibilities, office] = await Promise.all([
        partnerResponsibilities(db, mentorship.kind),
        loadOfficeSettings(db),
      ]);
      return agreementPdf(mentorship, responsibilities, office, now());
    },
  },
  'documents.groupCommitment': {
    access: 'read',
    run: async ({ db, now }, { groupId }) =>
      groupCommitmentPdf(await getPeerGroup(db, groupId), await loadOfficeSettings(db), now()),
  },
  'documents.serviceLetter': {
    access: 'read',
    run: async ({ db, now }, { facultyId, from, to }) => {
      const record = await mentoringRecord(db, facultyId, { from, to });
      if (!hasMentoring(record)) {
        throw new TrellisError(
          'NO_MENTORING_IN_PERIOD',
          `${record.person.name} had no mentoring recorded between ${longDate(from)} and ${longDate(to)}: ` +
            'no mentees, no peer groups facilitated and no peer-mentoring workshops. Choose another period, or record their mentoring first.',
        );
      }
      const [awards, satisfaction, office] = await Promise.all([
        selectedAwardsFor(db, facultyId, record.period.from, record.period.to),
        mentorSatisfaction(db, [...new Set(record.mentees.map((m) => m.mentee.id))], record.period),
        loadOfficeSettings(db),
      ]);
      return serviceLetterPdf({ record, awards, satisfaction }, office, now());
    },
  },
};
