import type { file as en } from '../en/files';
import type { Messages } from '../types';

export const file: Messages<typeof en> = {
  tooLarge: '{{file}} är {{size}}; PriceDesk importerar filer på högst {{max}}. Dela upp den i mindre filer.',
  empty: '{{file}} är tom (0 byte).',
  noSheets: '{{file}} har inga blad.',
  containerDamaged: 'Filen är skadad: dess behållare gick inte att öppna ({{detail}}).',
  passwordProtected: '{{file}} är lösenordsskyddad. Öppna den i ditt kalkylprogram, ta bort lösenordet (eller spara en oskyddad kopia) och importera den.',
  damaged: '{{file}} gick inte att läsa: filen verkar skadad eller ofullständig ({{detail}}). Öppna den i ditt kalkylprogram och spara den igen.',
  tooManyRows: 'Bladet "{{sheet}}" har {{rows}} rader; PriceDesk importerar högst {{maxRows}} rader åt gången. Dela upp bladet i mindre filer.',
  tooManyRowsOver: 'Bladet "{{sheet}}" har fler än {{maxRows}} rader; PriceDesk importerar högst {{maxRows}} rader åt gången. Dela upp bladet i mindre filer.',
  sheetEmpty: 'Bladet "{{sheet}}" är tomt.',
  unsupportedType: '{{file}} är inte en kalkylbladstyp som PriceDesk kan läsa. Välj en .xlsx-, .xlsm-, .xls-, .ods-, .csv- eller .tsv-fil.',
  zipNotWorkbook: '{{file}} är ett zip-arkiv men ingen arbetsbok (det innehåller inget från Excel eller OpenDocument).',
  binary: '{{file}} är varken ett kalkylblad eller en textfil: innehållet är binära data som PriceDesk inte kan läsa.',
  other: {
    pdf: '{{file}} är inget kalkylblad: det är ett PDF-dokument.',
    png: '{{file}} är inget kalkylblad: det är en PNG-bild.',
    jpeg: '{{file}} är inget kalkylblad: det är en JPEG-bild.',
    gif: '{{file}} är inget kalkylblad: det är en GIF-bild.',
    gzip: '{{file}} är inget kalkylblad: det är ett gzip-arkiv.',
    rar: '{{file}} är inget kalkylblad: det är ett RAR-arkiv.',
    '7zip': '{{file}} är inget kalkylblad: det är ett 7-Zip-arkiv.',
  },
  zipDamaged: '{{file}} är skadad: zip-strukturen är trasig, så den går inte att läsa. Öppna den i ditt kalkylprogram och spara den igen.',
  zipTooBig: '{{file}} öppnades inte: dess {{size}} packas upp till mer än {{max}}, gränsen. En sådan fil är antingen skadad eller gjord för att överbelasta datorn (en "zip-bomb").',
  zipTooBigDeclared: '{{file}} öppnades inte: dess {{size}} packas upp till {{declared}}, mer än gränsen på {{max}}. En sådan fil är antingen skadad eller gjord för att överbelasta datorn (en "zip-bomb").',
  zipSizesDisagree:
    '{{file}} öppnades inte: dess del "{{part}}" har inte den storlek filen anger (dess två storleksuppgifter stämmer inte överens). En sådan fil är antingen skadad eller gjord för att överbelasta datorn (en "zip-bomb").',
  zipPartOverDeclared:
    '{{file}} öppnades inte: dess del "{{part}}" har inte den storlek filen anger (den innehåller mer än de {{declared}} den anger). En sådan fil är antingen skadad eller gjord för att överbelasta datorn (en "zip-bomb").',
  zipPartWrongSize:
    '{{file}} öppnades inte: dess del "{{part}}" har inte den storlek filen anger (den innehåller {{size}}, inte de {{declared}} den anger). En sådan fil är antingen skadad eller gjord för att överbelasta datorn (en "zip-bomb").',
  timeout: 'Att läsa filen tog längre än {{seconds}} sekunder, tidsgränsen, så det avbröts. Filen kan vara för stor eller skadad; försök spara bara det blad du behöver, eller som .csv.',
  outOfMemory: 'Att läsa filen krävde mer än {{size}} minne, gränsen, så det avbröts. Filen kan vara för stor eller skadad; försök spara bara det blad du behöver, eller som .csv.',
  chooseSku: 'Välj först kolumnen med artikelnumret (SKU).',
  choosePrice: 'Välj först kolumnen med det nya priset.',
  sameColumn: 'Artikelnumret (SKU) och de nya priserna måste stå i olika kolumner.',
  noSheetNamed: '{{file}} har inget blad som heter "{{sheet}}".',
  openFirst: 'Öppna en fil först.',
  sheetNotInFile: 'Det bladet finns inte i filen.',
  unreadable: 'Filen gick inte att läsa ({{detail}}).',
  readerFailed: 'Filen gick inte att läsa: {{detail}}.',
  readerCrashed: 'Filen gick inte att läsa: läsaren stannade oväntat.',
  readerStopped: 'Filläsaren stoppades; öppna filen igen.',
  replaced: 'Ersatt av en nyare begäran.',
  note: {
    misnamed: '{{file}} är namngiven som {{claimed}} men är egentligen {{real}}; den lästes som det.',
    columnsDropped: 'Bladet "{{sheet}}" har {{columns}} kolumner; bara de första {{maxColumns}} lästes.',
  },
};
