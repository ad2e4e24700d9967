# Turkish, German, French, Spanish and Russian stories for the seventy-seventh held-out part (h77-*) of the newsflow
# extraction set.  Fictional; written for newsflow.  Markup and fields as in articles_h77_en.py.
ARTICLES = [
dict(id="h77-tr-001", lang="tr", tpl="nextjs", section="Kent", date="2026-03-11", byline="Burak Karadayı",
     title="Eski iskele binası gençlik merkezi oluyor",
     sub="1931'de yapılan ve yirmi yıldır boş duran bina, yaz sonunda gençlere açılacak.",
     caption="Çınarlı'daki eski iskele binası.", credit="Fotoğraf: Burak Karadayı",
     look=[("bold", "Binanın çatısı iki kez çöktü.")],
     body="""
Çınarlı sahilindeki eski vapur iskelesi binası, yirmi yıl boş kaldıktan sonra gençlik merkezine dönüştürülüyor.

Bina 1931'de yapıldı ve şehir hatları vapurları buraya uğramayı bıraktığı 2005 yılına kadar bekleme salonu olarak kullanıldı. O tarihten beri kapalıydı.

Binanın çatısı iki kez çöktü.

Belediye, restorasyon için 14 milyon lira ayırdı. İşin yarısı, tarihi binaların onarımına destek veren bir vakıftan geliyor.

**Neler olacak?**

Binanın alt katında bir kafe, bir kitaplık ve ders çalışma salonu, üst katında ise müzik ve atölye odaları olacak. Denize bakan terasta yazın film gösterimleri yapılması planlanıyor.

Belediye Başkan Yardımcısı Nihal Sarıoğlu, mahalledeki gençlerin akşamları gidecek bir yeri olmadığını söyledi.

"Çocuklarımız ya sokakta ya da evde ekranın başında. Buraya gelsinler, ders çalışsınlar, müzik yapsınlar," dedi.

**Eski vapurcuların hatırası**

Restorasyon sırasında bekleme salonunun duvarında eski bir tarife levhası bulundu. Levha temizlenip girişe asılacak.

Mahallenin yaşlıları da boş durmuyor. Emekli kaptan Sabri Oktay, elindeki eski fotoğrafları belediyeye verdi. Fotoğraflar merkezin koridorunda sergilenecek.

Merkezin eylül ayında açılması bekleniyor. Üyelik ücretsiz olacak, 14-24 yaş arası gençler kimlikleriyle kayıt yaptırabilecek.
"""),

dict(id="h77-tr-002", lang="tr", tpl="ghost", section="Spor", date="2026-07-01", byline="Elif Sunguroğlu",
     title="Cumartesi sabahları sahil yolunda 5 kilometre",
     sub="Gönüllülerin düzenlediği ücretsiz haftalık koşu, ilk yılında 4 bin kişiyi buluşturdu.",
     caption="Koşucular Kumsal Parkı'ndaki başlangıç çizgisinde.", credit="Fotoğraf: Elif Sunguroğlu",
     carry=["parkrunresults"],
     look=[("callout", "Koşuya katılmak için kayıt")],
     body="""
Kumsal Parkı'nda her cumartesi sabah sekizde başlayan ücretsiz 5 kilometrelik koşu, ilk yılını doldurdu.

Bir yılda 52 koşu yapıldı ve toplam 4 bin 180 kişi en az bir kez bitiş çizgisini geçti. Bazı haftalar katılımcı sayısı 200'ü aştı.

Koşuyu, emekli beden eğitimi öğretmeni Gülten Ayvaz'ın önderliğinde bir grup gönüllü düzenliyor. Parkur, parktan başlayıp sahil yolu boyunca deniz fenerine kadar gidiyor ve aynı yoldan geri dönüyor.

Ayvaz, koşunun bir yarış olmadığını söylüyor.

"Yürüyen de var, bebek arabasıyla gelen de. Birinci gelene madalya vermiyoruz, son gelene alkış tutuyoruz," dedi.

Koşuya katılmak için kayıt bir kez yapılıyor ve ücretsiz. Her koşucuya bir barkod veriliyor, süreler bitişte bu barkod okutularak kaydediliyor.

Her hafta zaman tutmak, barkod okutmak ve parkur boyunca yol göstermek için yaklaşık 20 gönüllüye ihtiyaç var. Gönüllüler arasında koşamayan yaşlılar ve sakatlığı olanlar da bulunuyor.

Parkurun rekorunu, 17 dakika 2 saniyeyle bir üniversite öğrencisi elinde tutuyor. En yaşlı düzenli katılımcı ise 79 yaşındaki Hüsnü Başaran.

Belediye, parka koşucular için bir soyunma odası ve içme suyu çeşmesi yapacağını açıkladı.

Koşu, bayram sabahları dışında her cumartesi yapılıyor.
"""),

dict(id="h77-tr-003", lang="tr", tpl="table", section="İnsan", date="2026-10-20", byline="Seda Güleryüz",
     title="Otuz beş yıl aynı motorda: Kayıkçı Rıza emekli oluyor",
     sub="Çınarlı ile Adacık arasında her gün yolcu taşıyan Rıza Doğanay, dümeni oğluna bırakıyor.",
     caption="Rıza Doğanay motorunun başında.", credit="Fotoğraf: Seda Güleryüz",
     low=0,
     body="""
Rıza Doğanay, 35 yıldır Çınarlı iskelesi ile Adacık arasında küçük motoruyla yolcu taşıyor. Geçen hafta son seferini yaptı. Kendisiyle iskelede konuştuk.

**Bu işe nasıl başladınız?**

Babam da kayıkçıydı. On iki yaşında onun yanında halat tutmaya başladım. Askerden dönünce motoru bana bıraktı.

**Kaç kişi taşıdınız?**

Saymadım ama bir hesap yaptık, yarım milyondan fazla. Adacık'ta doğan çocukların yarısını annelerinin kucağında taşıdım.

**Motorda geçirdiğiniz en zor gün hangisiydi?**

1998 kışı. Lodos vardı, dalga motorun içine giriyordu. Adada hasta bir çocuk vardı, hastaneye yetiştirmemiz lazımdı. Yetiştirdik.

**Hiç korktunuz mu?**

Her fırtınada. Denizden korkmayan denizci yaşamaz.

**Adacık'ta en çok ne değişti?**

Eskiden adada kırk aile kışı geçirirdi, şimdi on iki aile kalıyor. Yazın ise motor tıklım tıklım dolu. Yazlıkçılar geliyor, bisikletlerini, köpeklerini, kedilerini getiriyorlar. Bir keresinde bir keçi bile taşıdım.

**Şimdi ne yapacaksınız?**

Torunlarla balığa çıkacağım. Ama yolcu almayacağım, söz verdim.

**Oğlunuza ne söylediniz?**

Acele etme, dedim. Deniz bekler, yolcu da bekler.

Doğanay'ın motoru, oğlu Yusuf Doğanay'ın dümeninde seferlerine devam ediyor. Seferler her gün sabah yediden akşam yediye kadar, saat başı yapılıyor.
"""),

dict(id="h77-de-001", lang="de", tpl="sanity", section="Gemeinden", date="2026-02-10", byline="Katrin Oltmanns",
     title="Ein Defibrillator für die alte Telefonzelle in Wettenbüttel",
     sub="Die Dorfgemeinschaft hat 1.800 Euro gesammelt. Seit Montag hängt das Gerät am Dorfplatz.",
     caption="Die umgebaute Telefonzelle am Dorfplatz in Wettenbüttel.", credit="Foto: Katrin Oltmanns",
     carry=["defiblocator"],
     look=[("dropcap", "Die gelbe Telefonzelle am Dorfplatz")],
     body="""
Die gelbe Telefonzelle am Dorfplatz von Wettenbüttel hat wieder eine Aufgabe. Seit Montag hängt darin ein Defibrillator, der rund um die Uhr zugänglich ist.

Bezahlt hat das Gerät die Dorfgemeinschaft: Beim Erntefest und mit einer Sammelbüchse im Dorfladen kamen 1.800 Euro zusammen. Die Zelle selbst hatte die Gemeinde schon vor Jahren für einen symbolischen Euro gekauft.

Bis zum nächsten Rettungswagen dauert es in Wettenbüttel im Schnitt 14 Minuten. Bei einem Herzstillstand sinkt die Überlebenschance mit jeder Minute ohne Hilfe.

**Jeder darf ihn benutzen**

Ortsvorsteherin Birte Hagedorn betont, dass niemand Angst vor dem Gerät haben müsse. „Der Defibrillator sagt einem jeden Schritt an. Und er löst keinen Schock aus, wenn er nicht nötig ist.“

Wer den Notruf 112 wählt, bekommt von der Leitstelle den Code für den Kasten genannt.

Das Gerät wird einmal im Monat von einem Mitglied der Freiwilligen Feuerwehr geprüft, die auch die Wartung übernimmt. Die Batterie hält fünf Jahre.

**Kurs im Dorfgemeinschaftshaus**

Damit im Ernstfall nicht lange gezögert wird, bietet das Rote Kreuz einen kostenlosen Kurs in Herzdruckmassage an. Er findet am 28. Februar um 18 Uhr im Dorfgemeinschaftshaus statt, eine Anmeldung ist nicht nötig.

In der Telefonzelle bleibt außerdem das Bücherregal, das dort seit drei Jahren steht. Es ist jetzt nur eine Reihe kürzer.
"""),

dict(id="h77-de-002", lang="de", tpl="ucoz", site="Heimatverein Moorhusen e.V.", kind="small",
     section="Vereinsnachrichten", date="2026-06-02", byline="hv_moorhusen",
     title="Unser Backhaus backt wieder",
     sub="Nach zwei Jahren Arbeit ist das alte Backhaus hinter der Kirche restauriert.",
     caption="Das restaurierte Backhaus in Moorhusen.", credit="Foto: Hinrich Meyerdierks",
     carry=["gallery"],
     body="""
Liebe Mitglieder, liebe Moorhuser,

es ist geschafft: Am Pfingstsonntag kamen die ersten Brote aus dem Ofen unseres Backhauses, zum ersten Mal seit 1967.

Das Backhaus hinter der Kirche wurde 1842 gebaut. Jahrzehntelang haben die Familien aus dem Dorf hier reihum ihr Brot gebacken, jede an ihrem festen Tag. Danach diente es als Geräteschuppen, zuletzt stand es leer, und das Dach war eingefallen.

In zwei Jahren haben 23 Vereinsmitglieder mehr als 1.400 Stunden Arbeit hineingesteckt. Das Fachwerk wurde ausgebessert, das Dach neu mit Reet gedeckt und der Ofen von einem Ofenbauer aus dem Ammerland neu aufgemauert.

Die Kosten von 38.000 Euro haben die Stiftung der Sparkasse, die Gemeinde und viele von euch mit Spenden getragen. Dafür ein herzliches Dankeschön!

Wie es jetzt weitergeht:

- an jedem ersten Samstag im Monat wird gebacken
- der Teig wird am Freitagabend im Vereinsheim angesetzt
- wer mithelfen will, meldet sich bei Heike
- Brote gibt es gegen eine Spende für den Verein

Besonders freuen wir uns, dass die Grundschule mit ihren dritten Klassen einmal im Jahr zum Backen kommen will.

Den Ofen anzuheizen dauert übrigens drei Stunden. Wer also am Samstag um elf ein Brot möchte, muss nicht vor zehn kommen.

Der nächste Backtag ist am 4. Juli. Die Fotos vom Pfingstsonntag hat Hinrich gemacht, vielen Dank dafür.
"""),

dict(id="h77-de-003", lang="de", tpl="drupal", section="Region", date="2026-12-29", byline="Frauke Detjen",
     title="Hochwasser an der Aue: Gemeinden geben Sandsäcke aus",
     sub="In drei Orten stehen gefüllte Sandsäcke bereit. Der Pegel soll bis Freitag weiter steigen.",
     caption="Helfer der Feuerwehr füllen Sandsäcke am Bauhof in Brakenhusen.", credit="Foto: Frauke Detjen",
     carry=["sandbagpoints"],
     look=[("box", "Ein gefüllter Sandsack wiegt")],
     body="""
Wegen des steigenden Hochwassers an der Aue geben die Gemeinden Brakenhusen, Oldenfehn und Sielhorst seit Montag gefüllte Sandsäcke an Anwohner aus.

Der Pegel in Brakenhusen lag am Dienstagmittag bei 4,12 Metern, knapp einen Meter über dem Normalwert. Der Hochwassermeldedienst rechnet damit, dass er bis Freitag noch um bis zu 40 Zentimeter steigt.

## Feuerwehr füllt seit Tagen

Die Freiwilligen Feuerwehren haben seit dem zweiten Weihnachtstag rund 9.000 Säcke gefüllt. Unterstützt wurden sie vom Technischen Hilfswerk und von Landwirten, die Sand mit ihren Anhängern anlieferten.

Gemeindebrandmeister Jörg Wübbena sagte, die Stimmung sei gut, die Leute aber müde. „Manche stehen seit vier Tagen an der Schaufel.“

Ein gefüllter Sandsack wiegt etwa 15 Kilogramm. Für eine Haustür braucht man nach Angaben der Feuerwehr zehn bis zwölf Säcke, für ein Kellerfenster vier bis sechs.

## So legt man Sandsäcke richtig

Die Feuerwehr gibt dazu folgende Hinweise:

- Säcke nur zu zwei Dritteln füllen
- versetzt legen wie Mauersteine
- jeden Sack festtreten
- eine Folie unter die unterste Reihe legen

Die Deiche an der Aue gelten bisher als sicher. Sorgen macht den Behörden vor allem das Grundwasser, das in tief liegenden Kellern in Sielhorst bereits steigt.

Der Landkreis hat ein Bürgertelefon eingerichtet, das auch über Silvester besetzt ist.
"""),

dict(id="h77-fr-001", lang="fr", tpl="beehiiv", site="La Lettre du Marais", kind="indie",
     section="Santé", date="2026-04-15", byline="Clémence Guillou",
     title="Onze défibrillateurs dans le marais, et personne ne sait où",
     sub="La communauté de communes en a installé onze en trois ans. Nous sommes allés les chercher.",
     caption="Le défibrillateur de la mairie de Saint-Hilaire-la-Palud.", credit="Photo : Clémence Guillou",
     body_caption="Le boîtier installé sur le mur de la salle des fêtes de Coulon-le-Bas.",
     carry=["defiblocator"],
     look=[("bold", "Nous en avons trouvé neuf."), ("italic", "« On ne sait jamais où ils sont le jour où il en faut un. »"),
           ("highlight", "Un arrêt cardiaque sur cinq"), ("br", "Le dixième est rangé")],
     body="""
Bonjour à toutes et à tous. Cette semaine, une lettre un peu particulière : nous avons passé trois jours à chercher les défibrillateurs du marais.

La communauté de communes en a installé onze depuis 2023, dans les mairies, les salles des fêtes et devant deux campings. Sur le papier, chaque village en a au moins un.

Nous en avons trouvé neuf.

L'un d'eux est enfermé dans le hall d'une salle de sport, fermée le soir et le week-end.

Le dixième est rangé depuis janvier dans un bureau de la mairie de Magné-sur-Sèvre, le temps de réparer son boîtier. Le onzième n'a jamais été posé : il attend toujours dans un carton.

Un arrêt cardiaque sur cinq en France a lieu dans un lieu public. Sans massage ni défibrillation, les chances de survie baissent d'environ dix pour cent par minute.

« On ne sait jamais où ils sont le jour où il en faut un. »

C'est ce que nous a dit Josiane Airault, infirmière à la retraite à Coulon-le-Bas, qui a dû masser un voisin en attendant les pompiers l'été dernier. Le défibrillateur le plus proche était à 300 mètres. Personne n'y a pensé.

La communauté de communes reconnaît que la signalisation manque. Son vice-président chargé de la santé, Thierry Bonnaud, promet des panneaux dans chaque bourg avant l'été et une carte sur le site de l'intercommunalité.

En attendant, nous avons fait la liste nous-mêmes, village par village, et nous l'avons envoyée à la communauté de communes.

Merci aux lecteurs qui nous ont envoyé des photos des boîtiers de leur village.
"""),

dict(id="h77-fr-002", lang="fr", tpl="fusion", section="Portraits", date="2026-08-26", byline="Gaëtan Brossard",
     title="Trente ans à l'écluse de la Grande-Vanne : « Je connais chaque bateau au bruit de son moteur »",
     sub="Martine Chaigneau, éclusière sur la Sèvre, prend sa retraite à la fin du mois.",
     caption="Martine Chaigneau à la manivelle de l'écluse de la Grande-Vanne.", credit="Photo : Gaëtan Brossard",
     look=[("factbox", "L'écluse en chiffres")],
     body="""
Depuis 1996, Martine Chaigneau ouvre et ferme à la main les portes de l'écluse de la Grande-Vanne, sur la Sèvre. Elle part à la retraite le 31 août. Nous l'avons rencontrée devant sa maison éclusière.

**Comment devient-on éclusière ?**

Par hasard. Je travaillais à la poste, le poste était libre, la maison allait avec. J'ai dit oui sans savoir ce qu'était une bassinée.

**Et c'est quoi ?**

Le remplissage ou la vidange du sas. Il en faut une pour chaque passage. Quand il y a du monde, j'en fais cinquante par jour.

**Le plus dur, à l'écluse ?**

Les plaisanciers pressés. Une écluse, ça ne se presse pas. L'eau va à son rythme.

**Un souvenir ?**

Une nuit de crue, en 2010. Il a fallu ouvrir les vannes à deux heures du matin, sous la pluie, avec une lampe frontale. Mon mari tenait le parapluie.

**Et qui prend la manivelle ?**

Un jeune de Niort, Kévin. Il apprend vite. Je lui ai laissé mon carnet avec tous les bateaux réguliers.

## L'écluse en chiffres

- construite en 1858
- 31 mètres de long
- 1,80 mètre de dénivelé
- environ 4 000 passages par an

Le pot de départ de Martine Chaigneau aura lieu le samedi 29 août à 11 heures, au bord de l'écluse. Tous les habitués sont invités.
"""),

dict(id="h77-fr-003", lang="fr", tpl="typo3", site="Commune de Saint-Aignan-des-Marais", kind="public",
     section="Actualités", date="2026-01-27", byline="Services techniques",
     title="Crue de la Vendée : distribution de sacs de sable",
     sub="La commune met des sacs de sable à disposition des habitants des zones inondables à partir de mercredi.",
     caption="Les sacs de sable stockés aux ateliers municipaux.", credit="Photo : Commune de Saint-Aignan-des-Marais",
     carry=["sandbagpoints"],
     body="""
En raison de la montée des eaux de la Vendée et de la vigilance orange crues émise par la préfecture, la commune de Saint-Aignan-des-Marais met gratuitement des sacs de sable à disposition des habitants.

La distribution est réservée aux foyers situés dans les zones inondables du plan de prévention des risques, en priorité le long du quai des Tanneurs, de la rue du Port et du lotissement des Prés-Bas.

## Modalités de retrait

Les sacs sont remis sur présentation d'un justificatif de domicile. Les personnes âgées ou à mobilité réduite qui ne peuvent pas se déplacer peuvent demander une livraison en appelant l'accueil de la mairie.

Les agents des services techniques ont rempli environ 3 000 sacs depuis lundi avec l'aide des pompiers et de bénévoles de l'association des riverains.

## Conseils de pose

Les sacs doivent être posés devant les portes, les soupiraux et les grilles d'aération, en rangs serrés et en quinconce. Ils ne doivent pas bloquer les évacuations d'eaux pluviales.

Il est également recommandé de surélever les meubles et les appareils électriques des rez-de-chaussée, de mettre les véhicules à l'abri hors des zones basses et de ne pas descendre dans les caves pendant la crue.

Le pic de crue est attendu dans la nuit de jeudi à vendredi. La salle polyvalente pourra accueillir les personnes évacuées si nécessaire.

La mairie informera les habitants de l'évolution de la situation par messages d'alerte. Les habitants qui ne sont pas encore inscrits peuvent le faire à l'accueil.
"""),

dict(id="h77-es-001", lang="es", tpl="hugo", section="Deportes", date="2026-05-19", byline="Nerea Lizarraga",
     title="La carrera de los sábados en el parque del Soto cumple cien ediciones",
     sub="Cinco kilómetros gratuitos cada semana, sin dorsales ni premios, organizados por voluntarios.",
     caption="Corredores en la salida junto al estanque del parque del Soto.", credit="Foto: Nerea Lizarraga",
     carry=["parkrunresults"],
     look=[("br", "El récord sigue siendo de 2024.")],
     body="""
La carrera de cinco kilómetros que cada sábado a las nueve recorre el parque del Soto celebró este fin de semana su edición número cien, con 268 participantes.

La organizan un grupo de voluntarios que se inspiraron en las carreras semanales de los parques británicos. Es gratuita, no hay premios y cada uno va a su ritmo: corriendo, trotando o andando.

El circuito da dos vueltas al parque, pasando por el estanque, la rosaleda y el paseo de los álamos. Los tiempos se registran con un código de barras que cada participante lleva impreso o en el móvil.

La mejor marca del sábado fue de 17 minutos y 20 segundos.

El récord sigue siendo de 2024.

Lo tiene una atleta del club de la ciudad, que bajó de los 17 minutos en su primera participación y no ha vuelto.

Marisa Oyarzun, coordinadora del grupo, explica que la idea nunca fue competir. "Aquí viene gente que no había corrido en su vida, gente que se está recuperando de una enfermedad y gente que solo quiere tomarse un café después con otros", dice.

Cada sábado hacen falta unos quince voluntarios para cronometrar, escanear los códigos y guiar a los corredores en los cruces. Muchos son corredores lesionados que no quieren perderse la mañana.

El ayuntamiento ha instalado una fuente nueva junto a la salida y ha prometido arreglar el tramo del paseo que se encharca cuando llueve.

La carrera sale cada sábado a las nueve desde el quiosco de la música.
"""),

dict(id="h77-es-002", lang="es", tpl="semantic", section="Sociedad", date="2026-11-04", byline="Íñigo Baztarrica",
     title="El barrio de las Marismas abre su primera biblioteca en un antiguo almacén de sal",
     sub="La biblioteca tendrá 9.000 libros, una sala de estudio y un rincón infantil.",
     caption="La nueva biblioteca del barrio de las Marismas.", credit="Foto: Íñigo Baztarrica",
     look=[("italic", "«Aquí se guardaba la sal que daba de comer al barrio»")],
     body="""
El barrio de las Marismas tiene desde este lunes su primera biblioteca, en un almacén de sal de principios del siglo XX que llevaba tres décadas cerrado.

El edificio, de ladrillo y con grandes vigas de madera, pertenecía a las antiguas salinas, que cerraron en 1989. El ayuntamiento lo compró en 2021 y lo ha rehabilitado con fondos europeos.

«Aquí se guardaba la sal que daba de comer al barrio»

Así lo recordó en la inauguración Antonia Gorostiza, de 86 años, cuyo padre y cuyo abuelo trabajaron en las salinas. Ella fue la primera en sacarse el carné.

La biblioteca tiene:

- unos 9.000 libros, la mitad de ellos nuevos
- una sala de estudio con 40 puestos
- un rincón infantil con cuentos en castellano y en euskera
- doce ordenadores de uso libre

Los vecinos llevaban años reclamándola. La biblioteca más cercana está en el centro, a media hora andando, y los estudiantes del barrio tenían que estudiar en los bares o en casa.

La bibliotecaria, Leire Aranburu, quiere que sea algo más que un lugar para leer. Ya hay previstos un club de lectura, clases de informática para mayores y una hora del cuento los sábados.

Una pared de la sala principal se ha dejado sin enlucir, con las marcas blancas que dejó la sal en el ladrillo.

La biblioteca abre de lunes a viernes de 9 a 21 horas y los sábados por la mañana.
"""),

dict(id="h77-es-003", lang="es", tpl="storybody", section="Comarca", date="2026-09-15", byline="Ainhoa Etxebeste",
     title="El mercado de los jueves vuelve a la plaza tras dos años en un aparcamiento",
     sub="Los puestos regresan a la plaza de los Fueros, reformada con un nuevo pavimento y árboles.",
     caption="Puestos de fruta en la plaza de los Fueros.", credit="Foto: Ainhoa Etxebeste",
     body="""
El mercado de los jueves de Zubieta ha vuelto a la plaza de los Fueros, después de dos años instalado en el aparcamiento del polideportivo mientras duraban las obras.

El primer jueves acudieron 38 puestos, seis más que antes de la reforma, y la plaza estuvo llena desde primera hora.

## Una plaza nueva

La reforma ha costado 1,2 millones de euros. Se ha cambiado el pavimento, se han plantado dieciséis árboles y se han instalado tomas de agua y de electricidad para los puestos, que antes tiraban cables desde los portales.

Los vendedores lo agradecen. «En el aparcamiento no pasaba nadie que no viniera a propósito. Aquí la gente sale de misa, del banco, y se para», decía Kepa Urrutia, que vende queso de sus ovejas.

## No todo son buenas noticias

Algunos vecinos se quejan de que la plaza se ha quedado sin bancos a la sombra y de que el nuevo suelo resbala cuando llueve. El ayuntamiento ha dicho que estudiará poner una capa antideslizante.

Tampoco han vuelto todos. Dos de los puestos de ropa que había antes de las obras han cerrado.

## Más que un mercado

El mercado de Zubieta se celebra desde el siglo XVI y es uno de los más antiguos de la comarca. Durante muchos años los caseríos de los alrededores bajaban a vender sus productos y a hacer sus compras de la semana.

El mercado abre todos los jueves de 8 a 14 horas. Las fotos antiguas del mercado que se colgaron en la plaza el primer día pueden verse hasta fin de mes en la casa de cultura.
"""),

dict(id="h77-ru-001", lang="ru", tpl="medium", site="Записки с Затонной", kind="indie", section="Соседи",
     date="2026-03-30", byline="Варвара Кочеткова",
     title="Как мы всем двором чинили лодочную станцию",
     sub="Лодочная станция на затоне стояла закрытой восемь лет. Этой весной мы открыли её сами.",
     caption="Лодочная станция на Затонной улице после ремонта.", credit="Фото: Варвара Кочеткова",
     look=[("bold", "Денег не было ни у кого."), ("italic", "«Лодка — это не транспорт, это характер»")],
     body="""
Подписывайтесь на нашу рассылку, делитесь с соседями, пишите нам. Так мы обычно заканчиваем письма, но сегодня начнём с другого: лодочная станция на затоне снова работает.

Станцию построили в 1962 году для рабочих судоремонтного завода. Завода давно нет, а станция простояла закрытой восемь лет. Крыша текла, мостки сгнили, лодки растащили.

Прошлой осенью жильцы трёх домов на Затонной решили её восстановить.

Денег не было ни у кого.

Зато были руки. За зиму мы провели 19 субботников. Вот что удалось сделать:

- перестелить мостки
- перекрыть крышу сарая
- отремонтировать шесть старых лодок
- поставить лавки на берегу

Доски отдал лесопильный цех из соседнего посёлка, краску купили вскладчину. Управа разрешила пользоваться берегом бесплатно.

Больше всех работал Геннадий Фомич Лаптев, ему 77 лет, и 40 из них он проработал на заводе.

«Лодка — это не транспорт, это характер»

Так он сказал, когда мы спустили на воду первую отремонтированную лодку. Назвали её «Фомич», хотя он был против.

Станция будет открыта по выходным с мая по сентябрь. Лодки выдаются бесплатно под залог паспорта, дети катаются только со взрослыми.
"""),

dict(id="h77-ru-002", lang="ru", tpl="amp", section="Город", date="2026-06-24", byline="Станислав Ерёмин",
     title="В парках Приозёрска появились дефибрилляторы",
     sub="Шесть аппаратов установили в парках и на набережной. Пользоваться ими может любой прохожий.",
     caption="Дефибриллятор у входа в парк Победы.", credit="Фото: Станислав Ерёмин",
     carry=["defiblocator"],
     look=[("br", "Прохожий сразу начал массаж сердца.")],
     body="""
В парках и на набережной Приозёрска установили шесть автоматических дефибрилляторов. Аппараты висят в ярких шкафах у входов и рядом с пунктами проката.

Их купили на деньги областной программы и местного благотворительного фонда, всего за 1,2 миллиона рублей.

## Первый случай

Один из аппаратов уже пригодился. В начале июня на набережной упал пожилой мужчина, который совершал пробежку.

Прохожий сразу начал массаж сердца.

Второй сбегал к шкафу у лодочной станции. Когда приехала скорая, сердце мужчины уже запустилось. Сейчас он в больнице, его состояние врачи называют стабильным.

## Как пользоваться

Главный врач городской станции скорой помощи Ирина Самохвалова говорит, что бояться аппарата не нужно.

«Он сам анализирует ритм сердца и голосом говорит, что делать. Если разряд не нужен, он его не даст», — объяснила она.

Шкафы закрыты на кодовый замок. Код сообщает диспетчер, когда человек звонит по номеру 112 или 103.

В каждом шкафу есть инструкция с картинками, а на дверце написан адрес, чтобы его можно было продиктовать диспетчеру.

## Будут ещё

До конца года аппараты появятся на стадионе, на автовокзале и в двух торговых центрах. Городской молодёжный центр проводит бесплатные занятия по первой помощи, ближайшее пройдёт 4 июля в 12:00.
"""),

dict(id="h77-ru-003", lang="ru", tpl="wordpress", section="Происшествия", date="2026-04-07", byline="Полина Загоскина",
     title="Жителям прибрежных улиц Лукина раздают мешки с песком",
     sub="Уровень воды в Сури поднялся на три метра за неделю. Пик паводка ожидается в выходные.",
     caption="Мешки с песком на улице Береговой.", credit="Фото: Полина Загоскина",
     carry=["sandbagpoints"],
     look=[("dropcap", "Администрация Лукина начала")],
     body="""
Администрация Лукина начала раздавать жителям прибрежных улиц мешки с песком. Уровень воды в реке Суре за неделю поднялся почти на три метра, и пик паводка синоптики ожидают в субботу.

Под угрозой подтопления находятся около 300 частных домов на улицах Береговой, Рыбацкой и в переулке Лодочном. В 2018 году вода там стояла в огородах почти месяц.

Мешки наполняют сотрудники МЧС, коммунальщики и волонтёры. За три дня заполнено больше 5 тысяч мешков.

Глава администрации Андрей Белозёров призвал жителей не ждать последнего дня.

«Лучше выложить мешки сейчас и потом убрать, чем смотреть, как вода заходит в дом», — сказал он.

Спасатели советуют:

- выложить мешки у дверей и подвальных окон в два-три ряда
- поднять вещи и продукты из подвалов
- отключить электричество в подвалах
- держать наготове документы и лекарства

Для пожилых жителей, которые не могут сами забрать мешки, работает доставка. Заявки принимают волонтёры городского штаба.

В школе № 3 подготовлен пункт временного размещения на 150 человек. Пока туда никто не обращался.

Следить за уровнем воды можно на сайте гидрометцентра, данные там обновляются каждые шесть часов.
"""),
]
