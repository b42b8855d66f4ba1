/** Lexical checks for the XML Schema built-in types the Metadata API WSDL uses. */
const CHECKS: Readonly<Record<string, (value: string) => boolean>> = {
    'xsd:string': () => true,
    'xsd:anyType': () => true,
    'xsd:boolean': (value) => /^(true|false|1|0)$/.test(value),
    'xsd:int': (value) => isIntegerInRange(value, 2 ** 31),
    'xsd:long': (value) => isIntegerInRange(value, 2 ** 63),
    'xsd:double': (value) => /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$|^-?INF$|^NaN$/.test(value),
    'xsd:date': (value) =>
        /^-?\d{4,}-\d{2}-\d{2}(Z|[+-]\d{2}:\d{2})?$/.test(value) && isCalendarDate(value),
    'xsd:dateTime': (value) =>
        /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/.test(value) &&
        isCalendarDate(value),
    'xsd:time': (value) => /^\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/.test(value),
    'xsd:base64Binary': (value) => /^[A-Za-z0-9+/\s]*={0,2}\s*$/.test(value),
};

export function isBuiltinType(type: string): boolean {
    return type in CHECKS;
}

/** True when `value` (already trimmed) is a valid lexical form of the built-in `type`. */
export function isValidBuiltinValue(type: string, value: string): boolean {
    const check = CHECKS[type];
    return check ? check(value) : false;
}

function isIntegerInRange(value: string, limit: number): boolean {
    if (!/^[+-]?\d+$/.test(value)) return false;
    const number = Number(value);
    return number >= -limit && number < limit;
}

function isCalendarDate(value: string): boolean {
    const match = /^-?(\d{4,})-(\d{2})-(\d{2})/.exec(value);
    if (!match) return false;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
