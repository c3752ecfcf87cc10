import { list, type Vocabulary } from './vocabulary';

export const SPANISH: Vocabulary = {
  language: 'es',
  words: {
    yes: list(`
      sí | si | sip | sep | claro | claro que sí | si claro | que sí | dale | vale | de acuerdo
      ahí estaré | ahí estare | allí estaré | ahí nos vemos | puedo | sí puedo | yo puedo
      cuenta conmigo | me apunto | lo tomo | yo lo tomo | acepto | confirmo | con gusto
      por supuesto | sin problema | disponible | estoy disponible | órale | puedo ir | sí voy | si voy | ahí voy
      está bien | esta bien | ok está bien | seguro | claro que puedo | desde luego | yo voy
      me lo quedo | lo acepto | acepto el turno | lo quiero | sí quiero | yo lo hago | me anoto
      anótame | apúntame | obvio | con mucho gusto | tomo el turno
    `),
    no: list(`
      no | nop | nel | no puedo | no gracias | no podré | no puedo ir | no voy | no voy a poder
      no estoy disponible | no disponible | imposible | ya no | no me es posible
      ya no puedo | ya no puedo ir | no voy a ir | no iré | no podré llegar | no me da tiempo
      no alcanzo | no llego | esta vez paso | mejor no
      estoy ocupado | estoy ocupada | ocupado | ocupada | no tengo tiempo | no me sirve
      no me viene bien | no me queda bien | no estaré | no quiero | no me interesa | yo paso
      otra vez será | para la próxima | la próxima | tengo otro compromiso
    `),
    negation: list(`nunca | jamás | tampoco | ni`),
    here: list(`
      aquí | aqui | aquí estoy | estoy aquí | ya estoy aquí | ya estoy | ya llegué | llegué
      acabo de llegar | presente | estoy en el sitio | en el sitio | acá | estoy acá | ya estoy acá
    `),
    late: list(`
      llego tarde | llegaré tarde | voy a llegar tarde | voy tarde | voy retrasado
      voy retrasada | retrasado | retrasada | con retraso | retraso | atrasado | atrasada
      tarde | se me hizo tarde | voy con retraso
    `),
    done: list(`
      listo | lista | ya terminé | terminé | terminado | terminada | he terminado | acabé
      ya acabé | ya está | ya quedó | todo listo | ya listo | finalizado | turno terminado
    `),
    drop: list(`
      soltar | suelto | soltar turno | soltar el turno | suelto el turno | dejo el turno
      dejar el turno
    `),
    unwell: list(`
      me siento mal | me siento muy mal | me siento enfermo | me siento enferma
      no me siento bien | no me siento muy bien | estoy enfermo | estoy enferma | estoy malo
      estoy mala | estoy mal | estoy indispuesto | estoy indispuesta | me enfermé
      amanecí enfermo | amanecí enferma | amanecí mal | tengo un mal día | un mal día | mal día
      estoy teniendo un mal día | me encuentro mal | me encuentro muy mal | no me encuentro bien
      me encuentro fatal | me siento fatal | estoy fatal | tengo fiebre | tengo calentura
      estoy con fiebre | tengo gripe | tengo gripa | tengo la gripe | estoy con gripe
      tengo covid | tengo el covid | tengo coronavirus | di positivo | salí positivo
      salí positiva | tengo migraña | tengo jaqueca | tengo dolor de cabeza | me duele la cabeza
      me duele el estómago | me duele la panza | me duele la barriga | me duele la espalda
      tengo dolor de estómago | estoy vomitando | tengo vómitos | tengo diarrea
      me lastimé | me lesioné
    `),
    intro: list(`presentar | preséntame | preséntenme | quiero que me presenten`),
    status: list(`
      estado | mis turnos | turnos | próximo turno | mi próximo turno | mi horario | horario
      qué sigue | mis trabajos
    `),
    hours: list(`horas | mis horas | cuántas horas | horas trabajadas`),
    record: list(
      `historial | mi historial | historial laboral | mi historial laboral | expediente | mi expediente`,
    ),
    help: list(`ayuda | ayúdame | comandos | opciones | información | instrucciones`),
    hedge: list(`
      quizás | quizá | tal vez | talvez | a lo mejor | puede ser | puede que | no sé | no se
      no estoy seguro | no estoy segura | depende | creo que | creo | probablemente | a ver
      lo intento | intentaré | voy a intentar | te aviso | le aviso | luego te digo
      si puedo voy | si me da tiempo | ni idea | lo pienso | déjame ver | déjame pensarlo
      me interesa | siempre que | solo si | sólo si | con tal de que
    `),
    idiom: list(`
      no hay problema | no hay bronca | no pasa nada | ningún problema | no te preocupes
      no se preocupe | cómo no | como no | por qué no | porque no
    `),
    stopword: list(`cancelar | cancela | cancelo | cancelado | cancelada | cancelen`),
    contrast: list(`pero | excepto | solo | sólo | menos | aunque`),
    filler: list(`
      gracias | muchas gracias | mil gracias | por favor | porfa | porfavor | hola | buenas
      buenos días | buenas tardes | buenas noches | perfecto | genial | excelente | súper
      nos vemos | saludos | bendiciones | señor | señora | seño | disculpe | perdón | lo siento
      jaja | chao | adiós | muy bien | bien | de nada | sin falta | desafortunadamente
      lamentablemente | por desgracia
    `),
    glue: list(`
      yo | lo | la | el | me | te | ahí | a | de | que | y | estaré | por | muy | con | llego
      llegaré | unos | un poco
    `),
    content: list(`
      no estoy enfermo | no estoy enferma | no me siento mal | no estoy mal | está enfermo
      está enferma | están enfermos | están enfermas | está mala | está malo | está mal
      se enfermó | se siente mal | no se siente bien | tiene fiebre | tiene gripe | tiene covid
      tiene calentura | está vomitando | le duele la cabeza | se encuentra mal | mi hijo | mi hija | mis hijos | mi niño
      mi niña | mi bebé | mi mamá | mi madre | mi papá | mi padre | mi esposo | mi esposa
      mi marido | mi mujer | mi pareja | mi hermano | mi hermana | mi abuela | mi abuelo
      la tarde | esta tarde | en la tarde | por la tarde | de la tarde | no hablo inglés
      no hablo | no entiendo | no comprendo | número equivocado | en camino | voy en camino
      ya voy | voy para allá | hoy | mañana | esta noche | esta mañana | pasado mañana | lunes
      martes | miércoles | jueves | viernes | sábado | domingo | esta semana | ese día | ahora
      esta vez
      más horas | más turnos | más trabajo | horas extra | turnos extra
    `),
    both: list(`los dos | a los dos | para los dos | ambos | ambas | a ambos | a ambas`),
    all: list(`todos | todas | a todos | a todas | todos los turnos`),
    half_hour: list(`media hora`),
    one_hour: list(`una hora`),
  },
  typoTolerant: list(`aquí | llegué | listo | terminé | estado | ayuda | acabé`),
  questionWords: list(`
    qué | quién | quiénes | cuándo | dónde | adónde | cómo | cuánto | cuánta | cuántos
    cuántas | cuál | cuáles
  `),
  questionOpeners: list(`
    que | quien | quienes | cuando | donde | adonde | como | cuanto | cuanta | cuantos | cuantas
    cual | cuales | hay | es | está | son | pagan
  `),
};
