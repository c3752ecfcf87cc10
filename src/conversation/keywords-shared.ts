import { list, type Vocabulary } from './vocabulary';

/** Words people use whatever language they write in. */
export const SHARED: Vocabulary = {
  words: {
    yes: list(`ok | okay | okey | oki | okie | oky | k | kk | ya | ok ok`),
    help: list(`info | menu`),
    glue: list(`a`),
    filler: list(`super | top | bye | jaja | haha`),
  },
};
