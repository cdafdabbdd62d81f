import type { refused as en } from '../en/refusals';
import type { Messages } from '../types';

export const refused: Messages<typeof en> = {
  connectionGone: 'Esa conexión ya no existe. Elige otra en la barra lateral.',
  demoUnchangeable: 'La tienda demo no se puede modificar.',
  demoNotDuplicable: 'La tienda demo no se puede duplicar.',
  demoNotRemovable: 'La tienda demo no se puede eliminar.',
  nameMissing: 'Ponle un nombre a la conexión.',
  platformFixed: 'Una conexión no puede cambiar de plataforma. Crea una conexión nueva.',
  noSecretNeeded: 'Esta conexión no necesita clave.',
  keyMissing: 'Falta la clave API de "{{label}}". Edita la conexión y vuelve a pegarla.',
  fieldRequired: '{{label}} es obligatorio.',
  fieldPattern: '{{label}} no parece correcto. {{help}}',
  fieldEmail: '{{label}} debe ser una dirección de correo.',
  fieldUrl: '{{label}} debe ser una dirección web que empiece por https://.',
  fieldSelect: '{{label}} debe ser una de las opciones de la lista.',
  notFromApp: 'Esta solicitud no vino del propio PriceDesk.',
  submissionRunning: 'Ya hay un envío en curso a esta conexión. Espera a que termine o cancélalo antes.',
  revertedOnce: 'No se envió nada: ya lo revirtió el envío {{submission}}. Un envío se revierte una sola vez.',
  nothingToResend: 'Nada que reenviar: todas las filas se aplicaron, hay que verificarlas antes o se retuvieron.',
  userCancelled: 'Cancelado por el usuario.',
  newerCheck: 'Una comprobación más reciente reemplazó a esta.',
  newerLoad: 'Una carga más reciente de este catálogo reemplazó a esta.',
  loadCancelled: 'Se canceló la carga de precios. Pulsa "Recargar precios" para cargarlos de nuevo.',
  submissionConnectionGone: 'La conexión que usó este envío ya no existe.',
  nothingToRevertRows: 'Nada que revertir: las filas elegidas ya las revirtió el envío {{submission}}. Un envío se revierte una sola vez.',
  nothingToRevertSubmission: 'Nada que revertir: este envío ya lo revirtió el envío {{submission}}. Un envío se revierte una sola vez.',
  stillSendingRetry: 'El envío {{id}} todavía se está enviando. Espera a que termine antes de reintentar.',
  stillSendingRevert: 'El envío {{id}} todavía se está enviando. Espera a que termine antes de revertir.',
  stillSendingVerification: 'El envío {{id}} todavía se está enviando. Espera a que termine antes de verificar.',
  sameConnectionRetry: 'El envío {{id}} fue a "{{label}}". Un reintento debe ir a esa misma conexión; no se envió nada.',
  sameConnectionRevert: 'El envío {{id}} fue a "{{label}}". Una reversión debe ir a esa misma conexión; no se envió nada.',
  cannotVerify: '{{vendor}} no permite leer precios sueltos, así que PriceDesk no puede verificar estas filas. Recarga el catálogo y revísalas ahí.',
  busySendingHere:
    'El envío {{id}} está ocupado: todavía se está enviando en esta ventana. Reintentar, revertir y verificar esperan a que termine; un proceso que se detiene sin terminar cuenta como detenido cuando lleva {{seconds}} segundos sin renovar su bloqueo.',
  busyVerifyingHere:
    'El envío {{id}} está ocupado: se está verificando en esta ventana. Reintentar, revertir y verificar esperan a que termine; un proceso que se detiene sin terminar cuenta como detenido cuando lleva {{seconds}} segundos sin renovar su bloqueo.',
  busySendingApp:
    'El envío {{id}} está ocupado: lo está enviando la app PriceDesk (proceso {{pid}} en {{host}}). Reintentar, revertir y verificar esperan a que termine; un proceso que se detiene sin terminar cuenta como detenido cuando lleva {{seconds}} segundos sin renovar su bloqueo.',
  busyVerifyingApp:
    'El envío {{id}} está ocupado: lo está verificando la app PriceDesk (proceso {{pid}} en {{host}}). Reintentar, revertir y verificar esperan a que termine; un proceso que se detiene sin terminar cuenta como detenido cuando lleva {{seconds}} segundos sin renovar su bloqueo.',
  busySendingCli:
    'El envío {{id}} está ocupado: lo está enviando la línea de comandos (proceso {{pid}} en {{host}}). Reintentar, revertir y verificar esperan a que termine; un proceso que se detiene sin terminar cuenta como detenido cuando lleva {{seconds}} segundos sin renovar su bloqueo.',
  busyVerifyingCli:
    'El envío {{id}} está ocupado: lo está verificando la línea de comandos (proceso {{pid}} en {{host}}). Reintentar, revertir y verificar esperan a que termine; un proceso que se detiene sin terminar cuenta como detenido cuando lleva {{seconds}} segundos sin renovar su bloqueo.',
  changedTwice: 'No se envió nada: {{sku}} cambia su precio dos veces en un mismo envío. Deja uno de los dos cambios y vuelve a enviar.',
  fieldChangedTwice: 'No se envió nada: {{sku}} cambia su precio {{field}} dos veces en un mismo envío. Deja uno de los dos cambios y vuelve a enviar.',
  readOnlyPrice: 'No se envió nada: {{sku}} cambia un precio de solo lectura. {{label}} no se puede cambiar desde PriceDesk: {{reason}}',
  journalNotWritten: 'No se envió nada: PriceDesk no pudo escribir el registro del envío en {{dir}} ({{code}}). Revisa el espacio en disco y los permisos.',
  noSubmission: 'No existe el envío "{{id}}".',
  notResentUnknown: 'No se reenvió: su estado es desconocido. Verifícalo antes con el proveedor.',
  notResentHeld: 'No se reenvió: se retuvo por parecer un error. Revísalo y envíalo como un cambio nuevo.',
  notResentDone: 'No se reenvió: ya se aplicó.',
  notResentRetried: 'No se reenvió: el reintento {{retry}} ya lo volvió a enviar. Mira ese envío (y reinténtalo) en su lugar.',
  journalDamaged: 'El registro del envío {{id}} está dañado y no se puede leer.',
};
