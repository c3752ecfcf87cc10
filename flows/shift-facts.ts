/** What every per-assignment flow knows about the shift and the worker it is about. */
export interface ShiftFacts {
  assignmentId: string;
  shiftId: string;
  personId: string;
  workerName: string;
  shiftStart: string;
  shiftEnd: string;
  place: string;
}
