import type { refused as en } from '../en/refusals';
import type { Messages } from '../types';

export const refused: Messages<typeof en> = {
  connectionGone: 'Anslutningen finns inte längre. Välj en annan i sidofältet.',
  demoUnchangeable: 'Demobutiken kan inte ändras.',
  demoNotDuplicable: 'Demobutiken kan inte kopieras.',
  demoNotRemovable: 'Demobutiken kan inte tas bort.',
  nameMissing: 'Ge anslutningen ett namn.',
  platformFixed: 'En anslutning kan inte byta plattform. Skapa en ny anslutning i stället.',
  noSecretNeeded: 'Den här anslutningen behöver ingen nyckel.',
  keyMissing: 'API-nyckeln för "{{label}}" saknas. Redigera anslutningen och klistra in den igen.',
  fieldRequired: '{{label}} måste fyllas i.',
  fieldPattern: '{{label}} ser inte rätt ut. {{help}}',
  fieldEmail: '{{label}} måste vara en e-postadress.',
  fieldUrl: '{{label}} måste vara en webbadress som börjar med https://.',
  fieldSelect: '{{label}} måste vara ett av alternativen i listan.',
  notFromApp: 'Begäran kom inte från PriceDesk självt.',
  submissionRunning: 'Ett utskick till den här anslutningen pågår redan. Vänta tills det är klart eller avbryt det först.',
  revertedOnce: 'Inget skickades: redan återställt av utskick {{submission}}. Ett utskick återställs bara en gång.',
  nothingToResend: 'Inget att skicka igen: alla rader gick igenom, måste kontrolleras först eller hölls tillbaka.',
  userCancelled: 'Avbrutet av användaren.',
  newerCheck: 'En nyare kontroll ersatte den här.',
  newerLoad: 'En nyare inläsning av katalogen ersatte den här.',
  loadCancelled: 'Inläsningen av priserna avbröts. Tryck på "Hämta priser igen" för att hämta dem på nytt.',
  submissionConnectionGone: 'Anslutningen som utskicket använde finns inte längre.',
  nothingToRevertRows: 'Inget att återställa: de valda raderna är redan återställda av utskick {{submission}}. Ett utskick återställs bara en gång.',
  nothingToRevertSubmission: 'Inget att återställa: utskicket är redan återställt av utskick {{submission}}. Ett utskick återställs bara en gång.',
  stillSendingRetry: 'Utskick {{id}} skickas fortfarande. Vänta tills det är klart innan du försöker igen.',
  stillSendingRevert: 'Utskick {{id}} skickas fortfarande. Vänta tills det är klart innan du återställer.',
  stillSendingVerification: 'Utskick {{id}} skickas fortfarande. Vänta tills det är klart innan du kontrollerar.',
  sameConnectionRetry: 'Utskick {{id}} gick till "{{label}}". Ett nytt försök måste gå till samma anslutning; inget skickades.',
  sameConnectionRevert: 'Utskick {{id}} gick till "{{label}}". En återställning måste gå till samma anslutning; inget skickades.',
  cannotVerify: '{{vendor}} kan inte läsa tillbaka enskilda priser, så PriceDesk kan inte kontrollera raderna. Läs in katalogen igen och kontrollera dem där.',
  busySendingHere:
    'Utskick {{id}} är upptaget: det skickas fortfarande i det här fönstret. Nytt försök, återställning och kontroll väntar tills det är klart; en process som stannar utan att avsluta räknas som stoppad när den inte har förnyat sitt lås på {{seconds}} sekunder.',
  busyVerifyingHere:
    'Utskick {{id}} är upptaget: det kontrolleras i det här fönstret. Nytt försök, återställning och kontroll väntar tills det är klart; en process som stannar utan att avsluta räknas som stoppad när den inte har förnyat sitt lås på {{seconds}} sekunder.',
  busySendingApp:
    'Utskick {{id}} är upptaget: det skickas av PriceDesk-appen (process {{pid}} på {{host}}). Nytt försök, återställning och kontroll väntar tills det är klart; en process som stannar utan att avsluta räknas som stoppad när den inte har förnyat sitt lås på {{seconds}} sekunder.',
  busyVerifyingApp:
    'Utskick {{id}} är upptaget: det kontrolleras av PriceDesk-appen (process {{pid}} på {{host}}). Nytt försök, återställning och kontroll väntar tills det är klart; en process som stannar utan att avsluta räknas som stoppad när den inte har förnyat sitt lås på {{seconds}} sekunder.',
  busySendingCli:
    'Utskick {{id}} är upptaget: det skickas från kommandoraden (process {{pid}} på {{host}}). Nytt försök, återställning och kontroll väntar tills det är klart; en process som stannar utan att avsluta räknas som stoppad när den inte har förnyat sitt lås på {{seconds}} sekunder.',
  busyVerifyingCli:
    'Utskick {{id}} är upptaget: det kontrolleras från kommandoraden (process {{pid}} på {{host}}). Nytt försök, återställning och kontroll väntar tills det är klart; en process som stannar utan att avsluta räknas som stoppad när den inte har förnyat sitt lås på {{seconds}} sekunder.',
  changedTwice: 'Inget skickades: {{sku}} ändrar sitt pris två gånger i samma utskick. Behåll en av ändringarna och skicka igen.',
  fieldChangedTwice: 'Inget skickades: {{sku}} ändrar sitt {{field}}-pris två gånger i samma utskick. Behåll en av ändringarna och skicka igen.',
  readOnlyPrice: 'Inget skickades: {{sku}} ändrar ett skrivskyddat pris. {{label}} kan inte ändras via PriceDesk: {{reason}}',
  journalNotWritten: 'Inget skickades: PriceDesk kunde inte skriva utskickets logg i {{dir}} ({{code}}). Kontrollera diskutrymmet och behörigheterna.',
  noSubmission: 'Det finns inget utskick "{{id}}".',
  notResentUnknown: 'Inte skickat igen: läget är okänt. Kontrollera det mot leverantören först.',
  notResentHeld: 'Inte skickat igen: det hölls tillbaka som ett troligt misstag. Kontrollera det och skicka det som en ny ändring.',
  notResentDone: 'Inte skickat igen: det har redan gått igenom.',
  notResentRetried: 'Inte skickat igen: nytt försök {{retry}} har redan skickat det igen. Titta på det utskicket (och försök igen där) i stället.',
  journalDamaged: 'Loggen för utskick {{id}} är skadad och kan inte läsas.',
};
