/**
 * Part of the `messages` namespace (key `vendor`): see messages.ts. A connector's own words,
 * by connector (electron/vendors/<connector>), shared ones at the top. The English is the
 * connector's `message` word for word, without the vendor's own words: `say` quotes those
 * after ours. (A count's `_one` keeps the connector's "1 products" so the window and the CLI
 * say the same in English; other languages say it properly.)
 */
export const vendor = {
  notAPrice: '"{{price}}" is not a price.',
  cliniko: {
    forbidden:
      'Cliniko refused access: the Cliniko user this API key belongs to may not manage products, or Cliniko blocked the request. Ask an administrator to give the user permission for products (Settings > Users), then try again.',
    otherRegion: 'The API key belongs to Cliniko region {{keyRegion}}, but the address points to region {{addressRegion}}. Clear the API address field, or fix it.',
    keyRefused:
      'Cliniko did not accept the API key. Check that you copied the whole key, including its ending: it selects your Cliniko region (this key points to {{region}}), and a key is refused in any other region.',
    unknownRegion: 'The Cliniko API key ends in "-{{suffix}}", which is not a Cliniko region PriceDesk knows ({{regions}}). Copy the whole key again from Cliniko (My info > Manage API keys).',
    keyMissing: 'Enter the Cliniko API key (Cliniko: My info > Manage API keys).',
    emailMissing: 'Enter a valid contact email for the Cliniko connection: Cliniko asks every app to name a contact and may block requests without one.',
    connected_one: 'Connected to Cliniko (region {{region}}): {{count}} products.',
    connected_other: 'Connected to Cliniko (region {{region}}): {{count}} products.',
    pageLoop: 'Cliniko sent the same page link twice; PriceDesk stopped reading to avoid a loop.',
    badId: '"{{id}}" is not a Cliniko product id. Reload the catalog.',
    unknownField: 'Cliniko products have no price field "{{field}}"; their fields are {{price}} and {{cost}}.',
    tooManyDecimals_one: 'Cliniko accepts at most {{count}} decimals; round the price first.',
    tooManyDecimals_other: 'Cliniko accepts at most {{count}} decimals; round the price first.',
    answerUnreadable: 'Cliniko’s answer could not be read.',
    notSavedTogether: "Not saved: Cliniko saves a product's prices together and refused this update. Send it again once that is fixed. Cliniko said:",
    notSentInternal: 'PriceDesk could not send this price to Cliniko.',
    productGone: 'Cliniko has no such product any more (it was deleted or archived). Reload the catalog.',
    savedAs: 'Cliniko saved the price as {{amount}}.',
    savedCostAs: 'Cliniko saved the cost price as {{amount}}.',
  },
  cin7: {
    keyRefused: 'Cin7 Omni did not accept the API username and key. Check both in Cin7 Omni under Settings > Integrations & API.',
    forbidden: 'This API connection may not use the Products module. In Cin7 Omni, Settings > Integrations & API, allow it to read and write products.',
    notFound: 'Cin7 Omni does not know this address. Check the API address (normally https://api.cin7.com/api/).',
    credentialsMissing: 'The Cin7 Omni connection needs an API username and an API key.',
    noSuchColumn: 'Cin7 Omni has no price column "{{column}}".',
    noSuchColumnHas: 'Cin7 Omni has no price column "{{column}}". This account has: {{columns}}.',
    noRetailColumn: 'Cin7 Omni shows no retail price column; name the price column in the connection.',
    noRetailColumnHas: 'Cin7 Omni shows no retail price column; name the price column in the connection. This account has: {{columns}}.',
    connected: 'Connected to Cin7 Omni as {{user}}. Prices are read from the price column {{column}}.',
    connectedEmpty: 'Connected to Cin7 Omni as {{user}}; there are no products yet.',
    alreadyExists: 'Cin7 Omni already had a product with this code and left it unchanged (its retail price is {{price}}).',
    columnsUnread: "Not sent: reading this account's price columns first failed.",
    fieldOnNewProduct: 'A new product is created with its retail price only; send {{field}} once it exists.',
    unknownColumn: 'This Cin7 Omni account has no price column "{{field}}"; nothing was sent for it.',
    unknownColumnHas: 'This Cin7 Omni account has no price column "{{field}}" (it has {{columns}}); nothing was sent for it.',
    noPriceColumn: 'Load the catalog first, or name the price column in the connection.',
    newNeedsRetail: 'New products can only be created with a retail price, and this connection edits {{column}}.',
    priceNegative: 'A price cannot be negative.',
    tooManyDecimals_one: 'Cin7 Omni prices are sent with at most {{count}} decimals.',
    tooManyDecimals_other: 'Cin7 Omni prices are sent with at most {{count}} decimals.',
    badId: '"{{id}}" is not a Cin7 Omni product option id.',
    skuMissing: 'A new product needs a SKU (product option code).',
    codeTooLong_one: 'Cin7 Omni codes have at most {{count}} characters.',
    codeTooLong_other: 'Cin7 Omni codes have at most {{count}} characters.',
    duplicateSku: 'This new SKU appears more than once in the submission; only its first row was sent.',
    notReported: 'Cin7 Omni answered but said nothing about this row. Check its price before sending again.',
    refusedNoReason: 'Cin7 Omni did not accept this row and gave no reason.',
  },
} as const;
