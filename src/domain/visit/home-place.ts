/** Where a visit with no place named happens: the client's home, as a shift's place reads it. */
export const clientHomePlace = (clientName: string): string => `${clientName} (home)`;
