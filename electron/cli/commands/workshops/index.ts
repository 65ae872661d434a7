import type { CommandSetup } from '../../command';
import { workshopsAddCommand } from './add';
import { workshopsCheckinCommand } from './checkin';
import { workshopsCreateCommand } from './create';
import { workshopsListCommand } from './list';
import { workshopsPlanCommand } from './plan';
import { workshopsSheetsCommand } from './sheets';

/** `trellis workshops …`: speed peer-mentoring workshops, from the list of participants to the printed sheets. */
export const workshopsCommand: CommandSetup = (workshops, action) => {
  for (const subcommand of [
    workshopsListCommand,
    workshopsCreateCommand,
    workshopsAddCommand,
    workshopsCheckinCommand,
    workshopsPlanCommand,
    workshopsSheetsCommand,
  ])
    subcommand.register(workshops, action);
};
