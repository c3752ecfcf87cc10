import { list, type Vocabulary } from './vocabulary';

export const ENGLISH: Vocabulary = {
  language: 'en',
  words: {
    yes: list(`
      yes | yse | ys | yeah | yea | ye | yeh | yah | yas | yesh | yep | yup | yeap | yessir
      sure | sure thing | for sure | absolutely | definitely | of course | alright | all right
      accept | i accept | accepted | confirm | confirmed | i confirm | deal | affirmative
      will do | can do | i can | i can do it | i can do that | i can make it | i can come
      i can go | i can work | i can help | happy to help | glad to help | count me in | i'm in
      i'll take it | i'll take that | i'll take the shift | i'll do it | i'll come
      i'll be there | i will be there | be there | sounds good | sounds great | that works
      works for me | i'm available | available | you bet | certainly | i'm free | i am free
      i'm down | i'm game | sign me up | put me down | put me down for it | book me | book me in
      i want it | happy to | glad to | roger | roger that | you got it
      okie dokie | okey dokey | sure can | that works for me | yes please
    `),
    no: list(`
      no | nope | nah | naw | nay | can't | cannot | can not | i can't | i cannot | no thanks
      no thank you | not this time | not today | not available | unavailable | can't make it
      can't do it | i'll pass | decline | i decline | busy | i'm busy | negative | impossible
      don't want it | do not want it | not coming | i'm not coming | won't make it
      won't be there | will not be there | can't come | i won't be able to | dispute | i dispute
      no way | no can do | pass | i have to pass | gonna pass | i'm going to pass | not for me
      not interested | i'm not interested | i'm not available | not able to | i'm not able to
      unable to | unable to make it | won't be able to | won't be able to make it
      i won't be able to make it | too busy | i'm too busy | another time | next time
      i don't want it | not gonna make it | i'll sit this one out
    `),
    negation: list(`
      not | never | don't | do not | didn't | doesn't | isn't | aren't | wasn't | weren't
      won't | wouldn't | couldn't | shouldn't | haven't | hasn't | ain't | neither | nor
    `),
    here: list(`
      here | hre | i'm here | i am here | arrived | i've arrived | i have arrived | just arrived
      just got here | got here | on site | onsite | checking in | checked in | check in | present
    `),
    late: list(`
      late | running late | i'm late | i'll be late | i will be late | gonna be late
      going to be late | running behind | delayed | stuck in traffic | behind schedule
    `),
    done: list(`
      done | dnoe | all done | i'm done | i am done | finished | i've finished | i have finished
      i finished | finish | all finished | complete | completed | shift done | job done
      done for today | done for the day | wrapped up | clocked out | clocking out
    `),
    drop: list(`drop | drop it | drop shift | drop my shift | drop the shift | drop this shift`),
    unwell: list(`
      i'm sick | i am sick | sick today | feeling sick | i feel sick | i got sick | i'm ill
      i am ill | feeling ill | i feel ill | i'm unwell | i am unwell | feeling unwell
      i feel unwell | not feeling well | not feeling good | not feeling great | i'm not well
      i am not well | i don't feel well | i do not feel well | don't feel well
      i don't feel good | don't feel good | under the weather | bad day | a bad day
      having a bad day | rough day | having a rough day | feeling poorly | i'm poorly
      not well | i have the flu | i've got the flu | i got the flu | got the flu | i have flu
      i've got flu | i have a fever | i've got a fever | i got a fever | got a fever
      i have fever | i'm running a fever | i have a temperature | i've got a temperature
      i have covid | i've got covid | i got covid | i caught covid | i tested positive
      i have a migraine | i've got a migraine | got a migraine | i have a headache
      i've got a headache | i have a bad headache | i have a stomach bug
      i've got a stomach bug | i have food poisoning | i've got food poisoning
      i got food poisoning | i'm throwing up | i am throwing up | i've been throwing up
      i'm vomiting | i am vomiting | i've been vomiting | i'm injured | i am injured
      i got injured | i injured myself | i hurt my back | i've hurt my back
    `),
    intro: list(`intro | intro me | introduce me | please introduce me | introduce me to them`),
    status: list(`
      status | what's next | my shifts | shifts | my schedule | schedule | next shift
      my next shift | upcoming | upcoming shifts | my jobs
    `),
    hours: list(`hours | my hours | how many hours | hours worked | total hours | timesheet`),
    record: list(`record | my record | track record | my track record | my work record`),
    help: list(`help | help me | commands | options | instructions`),
    hedge: list(`
      maybe | mayb | perhaps | probably | possibly | might | not sure | i'm not sure | unsure
      i think so | i think | i guess | idk | i don't know | don't know | dunno | depends
      it depends | if | unless | let me check | let me see | i'll let you know
      will let you know | i'll try | try | hopefully | kinda | sort of | no idea
      let me think | i'll think about it | i'll see | we'll see | i'm interested | interested
      as long as | provided | only if
    `),
    idiom: list(`
      no problem | no prob | no probs | no problemo | no worries | not a problem | why not
      can't wait | not bad | no doubt | sick of | sick of it | sick of this | i'm sick of
      i am sick of | sick and tired | sick to death
    `),
    stopword: list(`
      stop | stopall | unsubscribe | quit | cancel | cancelled | canceled | cancelling
      canceling | cancellation
    `),
    contrast: list(`but | except | only | although | however`),
    filler: list(`
      please | pls | plz | thanks | thank you | thank u | thanks so much | thx | ty | tnx
      thank you so much | thank you very much | thanks a lot | many thanks
      hi | hello | hey | good morning | morning | good afternoon | good evening | great | cool
      perfect | awesome | nice | sorry | sir | ma'am | dear | lol | haha | see you | see ya
      cya | see you then | see you there | bye | god bless | unfortunately | sadly | i'm afraid
    `),
    glue: list(`
      i | i'm | i'll | i will | will | be | am | an | the | it | to | we | me | my | there
      then | so | and | just | also | too | is | at | you | that | that's
      running | a bit | a little | few | by | about | around
    `),
    content: list(`
      not sick | not ill | not unwell | not feeling sick | is sick | is ill | is unwell
      are sick | are ill | is feeling sick | is feeling ill | is feeling unwell
      is not feeling well | isn't feeling well | is not well | isn't well | was sick
      he's sick | she's sick | they're sick | is having a bad day | has a fever | has the flu
      has flu | has covid | has a temperature | has a migraine | has a headache | has a cold
      has a stomach bug | has food poisoning | is throwing up | is vomiting | got sick
      had the flu | had a fever | had covid | my kid | my kids | my son
      my daughter | my child | my children | my baby | my mom | my mum | my mother | my dad
      my father | my wife | my husband | my partner | my brother | my sister | my grandma
      my grandmother | my grandpa | my grandfather
      i don't understand | i do not understand | wrong number | not me | i'll arrive
      will arrive | arriving | on my way | omw | today | tonight | tomorrow | this morning
      this afternoon | this evening | monday | tuesday | wednesday | thursday | friday
      saturday | sunday | this week | next week | that day
      more hours | more shifts | more work | extra hours | extra shifts | some more hours
      any more hours | any more shifts | any more work
    `),
    both: list(`both | to both | for both | both of them | both shifts | the two`),
    all: list(`all | to all | for all | all of them | all shifts | every one`),
    half_hour: list(`half an hour | half hour`),
    one_hour: list(`an hour | one hour`),
  },
  typoTolerant: list(`here | arrived | late | finished | status | hours | help`),
  questionWords: list(
    `what | whats | why | how | hows | where | wheres | which | who | whos | whose`,
  ),
  questionOpeners: list(`
    is | are | am | do | does | did | can | could | will | would | should | shall | may | when
    any
  `),
};
