import type { vendor as en } from '../en/vendors';
import type { Messages } from '../types';

export const vendor: Messages<typeof en> = {
  notAPrice: '"{{price}}" är inte ett pris.',
  cliniko: {
    forbidden:
      'Cliniko nekade åtkomst: Cliniko-användaren som API-nyckeln hör till får inte hantera produkter, eller så blockerade Cliniko anropet. Be en administratör ge användaren behörighet till produkter (Settings > Users) och försök igen.',
    otherRegion: 'API-nyckeln hör till Cliniko-regionen {{keyRegion}}, men adressen pekar på regionen {{addressRegion}}. Töm fältet API-adress, eller rätta det.',
    keyRefused:
      'Cliniko godkände inte API-nyckeln. Kontrollera att du kopierade hela nyckeln, även slutet: det anger din Cliniko-region (den här nyckeln pekar på {{region}}), och i alla andra regioner nekas nyckeln.',
    unknownRegion: 'Cliniko-API-nyckeln slutar på "-{{suffix}}", som inte är en Cliniko-region som PriceDesk känner till ({{regions}}). Kopiera hela nyckeln igen från Cliniko (My info > Manage API keys).',
    keyMissing: 'Ange API-nyckeln för Cliniko (i Cliniko: My info > Manage API keys).',
    emailMissing: 'Ange en giltig kontakt-e-post för Cliniko-anslutningen: Cliniko kräver att varje app anger en kontakt och kan blockera anrop utan en.',
    connected_one: 'Ansluten till Cliniko (region {{region}}): {{count}} produkt.',
    connected_other: 'Ansluten till Cliniko (region {{region}}): {{count}} produkter.',
    pageLoop: 'Cliniko skickade samma sidlänk två gånger; PriceDesk slutade läsa för att inte hamna i en loop.',
    badId: '"{{id}}" är inte ett produkt-id i Cliniko. Läs in katalogen igen.',
    unknownField: 'Cliniko-produkter har inget prisfält "{{field}}"; deras fält är {{price}} och {{cost}}.',
    tooManyDecimals_one: 'Cliniko tar emot högst {{count}} decimal; avrunda priset först.',
    tooManyDecimals_other: 'Cliniko tar emot högst {{count}} decimaler; avrunda priset först.',
    answerUnreadable: 'Svaret från Cliniko kunde inte läsas.',
    notSavedTogether: 'Inte sparad: Cliniko sparar en produkts priser tillsammans och nekade uppdateringen. Skicka den igen när felet är åtgärdat. Cliniko svarade:',
    notSentInternal: 'PriceDesk kunde inte skicka priset till Cliniko.',
    productGone: 'Produkten finns inte längre i Cliniko (den har tagits bort eller arkiverats). Läs in katalogen igen.',
    savedAs: 'Cliniko sparade priset som {{amount}}.',
    savedCostAs: 'Cliniko sparade inköpspriset som {{amount}}.',
  },
};
