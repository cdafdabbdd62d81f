import type { file as en } from '../en/files';
import type { Messages } from '../types';

export const file: Messages<typeof en> = {
  tooLarge: '{{file}} pesa {{size}}; PriceDesk importa archivos de hasta {{max}}. Divídelo en archivos más pequeños.',
  empty: '{{file}} está vacío (0 bytes).',
  noSheets: '{{file}} no tiene hojas.',
  containerDamaged: 'El archivo está dañado: no se pudo abrir su contenedor ({{detail}}).',
  passwordProtected: '{{file}} está protegido con contraseña. Ábrelo en tu programa de hojas de cálculo, quita la contraseña (o guarda una copia sin protección) e importa esa.',
  damaged: 'No se pudo leer {{file}}: el archivo parece dañado o incompleto ({{detail}}). Ábrelo en tu programa de hojas de cálculo y vuelve a guardarlo.',
  tooManyRows: 'La hoja "{{sheet}}" tiene {{rows}} filas; PriceDesk importa como máximo {{maxRows}} filas a la vez. Divide la hoja en archivos más pequeños.',
  tooManyRowsOver: 'La hoja "{{sheet}}" tiene más de {{maxRows}} filas; PriceDesk importa como máximo {{maxRows}} filas a la vez. Divide la hoja en archivos más pequeños.',
  sheetEmpty: 'La hoja "{{sheet}}" está vacía.',
  unsupportedType: '{{file}} no es un tipo de hoja de cálculo que PriceDesk pueda leer. Elige un archivo .xlsx, .xlsm, .xls, .ods, .csv o .tsv.',
  zipNotWorkbook: '{{file}} es un archivo zip, pero no un libro de cálculo (no contiene datos de Excel ni de OpenDocument).',
  binary: '{{file}} no es una hoja de cálculo ni un archivo de texto: contiene datos binarios que PriceDesk no puede leer.',
  other: {
    pdf: '{{file}} no es una hoja de cálculo: es un documento PDF.',
    png: '{{file}} no es una hoja de cálculo: es una imagen PNG.',
    jpeg: '{{file}} no es una hoja de cálculo: es una imagen JPEG.',
    gif: '{{file}} no es una hoja de cálculo: es una imagen GIF.',
    gzip: '{{file}} no es una hoja de cálculo: es un archivo comprimido gzip.',
    rar: '{{file}} no es una hoja de cálculo: es un archivo comprimido RAR.',
    '7zip': '{{file}} no es una hoja de cálculo: es un archivo comprimido 7-Zip.',
  },
  zipDamaged: '{{file}} está dañado: su estructura zip está rota y no se puede leer. Ábrelo en tu programa de hojas de cálculo y vuelve a guardarlo.',
  zipTooBig: 'No se abrió {{file}}: sus {{size}} se descomprimen en más de {{max}}, el límite. Un archivo así está dañado o hecho para sobrecargar el equipo (una "bomba zip").',
  zipTooBigDeclared: 'No se abrió {{file}}: sus {{size}} se descomprimen en {{declared}}, más que el límite de {{max}}. Un archivo así está dañado o hecho para sobrecargar el equipo (una "bomba zip").',
  zipSizesDisagree:
    'No se abrió {{file}}: su parte "{{part}}" no tiene el tamaño que indica el archivo (sus dos registros de tamaño no coinciden). Un archivo así está dañado o hecho para sobrecargar el equipo (una "bomba zip").',
  zipPartOverDeclared:
    'No se abrió {{file}}: su parte "{{part}}" no tiene el tamaño que indica el archivo (contiene más de los {{declared}} que declara). Un archivo así está dañado o hecho para sobrecargar el equipo (una "bomba zip").',
  zipPartWrongSize:
    'No se abrió {{file}}: su parte "{{part}}" no tiene el tamaño que indica el archivo (contiene {{size}}, no los {{declared}} que declara). Un archivo así está dañado o hecho para sobrecargar el equipo (una "bomba zip").',
  timeout: 'Leer el archivo tardó más de {{seconds}} segundos, el tiempo límite, así que se detuvo. Puede que el archivo sea demasiado grande o esté dañado; prueba a guardar solo la hoja que necesitas, o como .csv.',
  outOfMemory: 'Leer el archivo necesitaba más de {{size}} de memoria, el límite, así que se detuvo. Puede que el archivo sea demasiado grande o esté dañado; prueba a guardar solo la hoja que necesitas, o como .csv.',
  chooseSku: 'Primero elige la columna del SKU.',
  choosePrice: 'Primero elige la columna del nuevo precio.',
  sameColumn: 'El SKU y los nuevos precios deben estar en columnas distintas.',
  noSheetNamed: '{{file}} no tiene ninguna hoja llamada "{{sheet}}".',
  openFirst: 'Primero abre un archivo.',
  sheetNotInFile: 'Esa hoja no está en el archivo.',
  unreadable: 'No se pudo leer el archivo ({{detail}}).',
  readerFailed: 'No se pudo leer el archivo: {{detail}}.',
  readerCrashed: 'No se pudo leer el archivo: el lector se detuvo inesperadamente.',
  readerStopped: 'Se detuvo el lector de archivos; vuelve a abrir el archivo.',
  replaced: 'Reemplazado por una solicitud más reciente.',
  note: {
    misnamed: '{{file}} tiene nombre de {{claimed}}, pero en realidad es {{real}}; se leyó como tal.',
    columnsDropped: 'La hoja "{{sheet}}" tiene {{columns}} columnas; solo se leyeron las primeras {{maxColumns}}.',
  },
};
