import type { messages as en } from '../en/messages';
import type { Messages } from '../types';
import { refused } from './refusals';
import { vendor } from './vendors';
import { file } from './files';

export const messages: Messages<typeof en> = {
  row: {
    cancelled: 'Avbruten innan den skickades.',
    noResult: 'Inget resultat registrerades för den här raden.',
    notSentStopped: 'Inte skickad: {{vendor}} nekade föregående begäran (HTTP {{status}}). Rätta anslutningen och skicka igen.',
    notSentRateLimited:
      'Inte skickad: {{vendor}} bad PriceDesk vänta {{wait}} innan mer skickas (till {{until}}); PriceDesk väntar högst {{cap}} och stoppade därför här. Skicka de återstående priserna igen efter {{until}}.',
    noAnswerUnknown: 'Inget svar från {{vendor}}. Det är okänt om priset sparades: kontrollera det innan du skickar igen.',
    serverErrorUnknown: '{{vendor}} fick ett fel på sin sida (HTTP {{status}}). Det är okänt om priset sparades: kontrollera det innan du skickar igen.',
    rejected: '{{vendor}} nekade priset:',
    removalUnsupported: 'Inte skickad: plattformen kan inte ta bort priser via sitt API. Ange ett pris i stället, eller ta bort det i plattformen.',
    priceZero: 'Inte skickad. Det nya priset {{price}} är noll; priser måste vara större än noll.',
    priceNegative: 'Inte skickad. Det nya priset {{price}} är negativt; priser måste vara större än noll.',
    priceNotANumber: 'Inte skickad. Det nya priset "{{price}}" är inte ett tal.',
    alreadyReverted: 'Inte skickad. Redan återställd av sändning {{submission}}.',
    waitingForAnswer: 'Skickad, väntar på svar.',
    waitingToSend: 'Väntar på att skickas.',
    sentWithoutAnswer: 'Skickad, men PriceDesk stoppade innan svaret registrerades. Kontrollera priset hos leverantören innan du skickar igen.',
    notSentInterrupted: 'Inte skickad: PriceDesk stoppade innan den skickades.',
  },
  http: {
    authRefused: '{{vendor}} godkände inte inloggningsuppgifterna. Kontrollera API-nyckeln (eller användarnamn och lösenord) i anslutningen.',
    forbidden: '{{vendor}} nekade åtkomst: inloggningsuppgifterna saknar behörighet för detta.',
    notFound: '{{vendor}} känner inte till adressen eller posten. Kontrollera anslutningens adress, konto eller prislist-id.',
    rateLimited: '{{vendor}} begränsar antalet anrop och bad oss sakta ner; vi försökte igen men blev nekade.',
    serverError: '{{vendor}} fick ett fel på sin sida (HTTP {{status}}).',
    rejected: '{{vendor}} nekade begäran (HTTP {{status}}).',
    tls: 'Den säkra anslutningen till {{vendor}} misslyckades (certifikat- eller TLS-problem). Kontrollera adressen, eller fråga IT om en proxy fångar upp anslutningen.',
    nameNotFound: 'Servernamnet för {{vendor}} hittades inte. Kontrollera adressen i anslutningen och din internetanslutning.',
    connectionRefused: 'Servern för {{vendor}} nekade anslutningen. Kontrollera adressen i anslutningen.',
    noAnswer: 'Inget svar från {{vendor}}: nätverksanslutningen misslyckades eller tog för lång tid.',
    timeout: 'Inget svar från {{vendor}} inom {{seconds}} s.',
    tooLarge:
      '{{vendor}} skickade ett svar större än {{limit}}, det mesta PriceDesk läser i ett svar; det lästes inte. Om det var en prisuppdatering, kontrollera priserna innan du skickar igen.',
    waitTooLong:
      '{{vendor}} bad PriceDesk vänta {{wait}} innan mer skickas (till {{until}}); PriceDesk väntar högst {{cap}} och stoppade därför här. Skicka de återstående priserna igen efter {{until}}.',
    otherServer: '{{vendor}} hänvisade till en annan server ({{host}}); PriceDesk följer inte med dit.',
    invalidAddress: 'Adressen till {{vendor}} "{{address}}" är inte en giltig webbadress.',
    notHttps: 'Adressen till {{vendor}} måste börja med https:// (den börjar med {{protocol}}).',
  },
  demo: {
    notFound: 'Demobutiken har ingen produkt med det här artikelnumret.',
    unknownField: 'Demobutiken har inget prisfält "{{field}}".',
    notRemovable: 'Demobutiken kan inte ta bort det här priset ({{field}}); ange ett nytt i stället.',
    hadNoPrice: 'Den hade redan inget pris.',
    priceNotPositive: 'Priset måste vara större än noll.',
    tooManyDecimals_one: 'Demobutiken tar emot högst {{count}} decimal.',
    tooManyDecimals_other: 'Demobutiken tar emot högst {{count}} decimaler.',
    belowCost: 'Godkänt, men priset är lägre än inköpspriset ({{cost}}).',
  },
  connection: {
    demoConnected_one: 'Ansluten till demobutiken: {{count}} produkt.',
    demoConnected_other: 'Ansluten till demobutiken: {{count}} produkter.',
    noAnswer: 'Plattformen svarade inte inom {{seconds}} sekunder.',
  },
  error: {
    invalidRequest: 'Begäran var ogiltig. Kontrollera: {{fields}}.',
    unknownChannel: 'Appen bad om något som den här versionen inte känner till.',
    cancelled: 'Avbrutet.',
    internal: 'Något gick fel i PriceDesk. Detaljerna skrevs till loggfilen.',
    keychainMac: 'PriceDesk kunde inte använda macOS-nyckelringen. Öppna Nyckelhanterare, se till att nyckelringen "login" är upplåst och tillåt PriceDesk när macOS frågar.',
    keychainWindows: 'PriceDesk kunde inte använda Windows Autentiseringshanteraren. Logga in i Windows med ditt eget konto (inte ett gäst- eller kioskkonto) och försök igen.',
    keychainLinux:
      'PriceDesk kunde inte nå systemets nyckelring (Secret Service). Installera och starta GNOME Keyring eller KWallet (till exempel: sudo apt install gnome-keyring), logga in i en skrivbordssession och lås upp nyckelringen. PriceDesk sparar aldrig API-nycklar i en fil i stället.',
    keychainForeign: 'Nyckelringsposten för den här anslutningen skrevs inte av PriceDesk. Klistra in API-nyckeln igen för att ersätta den.',
  },
  notice: {
    draftDamaged: 'Det sparade utkastet för den här anslutningen kunde inte läsas (filen är skadad), så tabellen startar utan det. Filen sparades som {{file}} i mappen för utkast.',
    settingsDamaged:
      'Dina inställningar kunde inte läsas (filen är skadad), så PriceDesk startade med standardinställningar: sparade anslutningar, kolumnlayouter och importmappningar återställs inte. Lösenord och nycklar finns kvar i systemets nyckelring. Den skadade filen sparades som {{file}} i {{folder}}.',
  },
  problem: {
    notPositive: 'Priset måste vara större än noll.',
    wholePricesOnly: 'Plattformen tar bara emot priser utan decimaler.',
    tooManyDecimals_one: 'Plattformen tar emot högst {{count}} decimal.',
    tooManyDecimals_other: 'Plattformen tar emot högst {{count}} decimaler.',
    belowCost: 'Under inköpspriset ({{cost}}).',
    decimalSlip: 'Ändrar priset med {{percent}}: står decimaltecknet på fel ställe? Bekräfta priset innan det kan skickas.',
    beyondThreshold: 'Ändrar priset med {{percent}} (mer än ±{{threshold}} %).',
    fieldAbove: '{{field}} {{amount}} är högre än {{against}} {{againstAmount}}.',
    fieldBelow: '{{field}} {{amount}} är lägre än {{against}} {{againstAmount}}.',
  },
  refused,
  vendor,
  file,
};
